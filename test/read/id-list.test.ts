/**
 * Joining listed ids by sorting their hashes (src/read/id-list.ts): repeats found within and across
 * lists, lookups found or not, and equal hashes of different bytes told apart by their bytes.
 * Expected values are written out by hand.
 */
import { describe, expect, it } from 'vitest';
import { ByteDictionary, hashBytes } from '../../src/read/byte-dictionary.js';
import { IdList, joinIdLists } from '../../src/read/id-list.js';

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

/** A list of the ids, each with its own hash, or with the hash given (to make two different ids collide). */
function list(...ids: (string | [string, number])[]): IdList {
  const result = new IdList();
  for (const id of ids) {
    const [text, hash] = typeof id === 'string' ? [id, undefined] : id;
    const bytes = encode(text);
    result.add(bytes, 0, bytes.length, hash ?? hashBytes(bytes, 0, bytes.length));
  }
  return result;
}

describe('joinIdLists', () => {
  it('numbers the keys across lists in order and finds each lookup, or -1', () => {
    const join = joinIdLists([list('S1', 'S2'), list('S3')], [list('S3', 'S9', 'S1', 'S3'), list()]);
    expect(join).toEqual({ repeated: false, found: [Int32Array.from([2, -1, 0, 2]), new Int32Array(0)] });
  });

  it('finds a repeated key in one list and across lists', () => {
    expect(joinIdLists([list('S1', 'S2', 'S1')], []).repeated).toBe(true);
    expect(joinIdLists([list('S1', 'S2'), list('S3', 'S2')], []).repeated).toBe(true);
    expect(joinIdLists([list('S1', 'S2'), list('S3', 's2')], []).repeated).toBe(false);
  });

  it('tells apart different ids of the same hash by their bytes', () => {
    // Three keys and two lookups share hash 7: only equal bytes match.
    const keys = [list(['A', 7], 'B', ['CC', 7]), list(['D', 7])];
    const join = joinIdLists(keys, [list(['CC', 7], ['Z', 7], 'B', ['A', 7])]);
    expect(join).toEqual({ repeated: false, found: [Int32Array.from([2, -1, 1, 0])] });
    expect(joinIdLists([list(['A', 7], ['B', 7], ['A', 7])], []).repeated).toBe(true);
  });

  it('agrees with a Map on a few thousand random ids', () => {
    let seed = 12345;
    const random = (): number => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
    const staff = Array.from({ length: 3000 }, (_, i) => `E${(i * 7919) % 100_003}`);
    const lookups = Array.from({ length: 2000 }, () => `E${Math.floor(random() * 100_003)}`);
    const join = joinIdLists([list(...staff.slice(0, 1234)), list(...staff.slice(1234))], [list(...lookups)]);
    const index = new Map(staff.map((id, i) => [id, i]));
    expect(join.repeated).toBe(false);
    expect([...(join.found[0] as Int32Array)]).toEqual(lookups.map((id) => index.get(id) ?? -1));
  });

  it('lists a dictionary\'s entries in code order, as a copy', () => {
    const dictionary = new ByteDictionary();
    for (const id of ['S10', 'S2', 'S10', 'S333']) {
      const bytes = encode(id);
      dictionary.intern(bytes, 0, bytes.length);
    }
    const listed = IdList.fromDictionary(dictionary);
    expect([listed.size, listed.text(0), listed.text(1), listed.text(2)]).toEqual([3, 'S10', 'S2', 'S333']);
    // Joined with a list read as lists are: the same ids, numbered by code.
    expect(joinIdLists([listed], [list('S333', 'S2', 'S4')])).toEqual({ repeated: false, found: [Int32Array.from([2, 1, -1])] });
  });

  it('forgets entries cut off by truncate, and adds after them', () => {
    const ids = list('S1', 'S2', 'S3');
    ids.truncate(1);
    const bytes = encode('S9');
    ids.add(bytes, 0, 2, hashBytes(bytes, 0, 2));
    expect([ids.size, ids.text(0), ids.text(1)]).toEqual([2, 'S1', 'S9']);
  });
});
