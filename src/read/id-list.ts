/**
 * Identifiers listed as they are read, and joined afterwards by sorting: how the fast file path
 * checks that staff ids are unique and finds the staff member of each case and CPD record.
 *
 * A hash table of a million ids costs a random memory access per id, and on a virtual machine
 * without huge pages each of those is a TLB miss and a page walk (about 0.3 to 0.5 µs here). So
 * ids are not interned while reading: each is appended to a list (its hash and its bytes, in file
 * order, memory touched in sequence), and the lists are joined once all are read, by sorting their
 * hashes (typed-array sorts, in sequence) and comparing bytes only where hashes are equal, in an
 * order that reads the large list's bytes in sequence.
 *
 * @module
 */
import { hashBytes, type ByteDictionary } from './byte-dictionary.js';

/** An {@link IdList} as typed arrays, to send to another thread. */
export interface IdListData {
  size: number;
  hashes: Int32Array;
  /** Where each id's bytes start in `arena` (`starts[i]` to `starts[i + 1]`), `size + 1` entries. */
  starts: Int32Array;
  arena: Uint8Array;
}

/**
 * Byte strings in the order they were added, each with its hash ({@link hashBytes}).
 *
 * @example
 * const list = new IdList();
 * const bytes = new TextEncoder().encode('S1S2');
 * [list.add(bytes, 0, 2, hashBytes(bytes, 0, 2)), list.add(bytes, 2, 4, hashBytes(bytes, 2, 4))]; // [0, 1]
 * list.text(1); // 'S2'
 */
export class IdList {
  size = 0;
  /** @internal */
  hashes: Int32Array;
  private starts: Int32Array;
  private arena: Uint8Array;

  /** @param expected How many ids to make room for at once. */
  constructor(expected = 0) {
    const room = Math.max(16, Math.ceil(expected));
    this.hashes = new Int32Array(room);
    this.starts = new Int32Array(room + 1);
    this.arena = new Uint8Array(room * 8);
  }

  /** Adds `bytes[start, end)` (whose hash is `hash`); returns its index. */
  add(bytes: Uint8Array, start: number, end: number, hash: number): number {
    const index = this.size;
    if (index === this.hashes.length) {
      this.hashes = grown(this.hashes, this.hashes.length * 2);
      this.starts = grown(this.starts, this.hashes.length + 1);
    }
    const at = this.starts[index] as number;
    const length = end - start;
    if (at + length > this.arena.length) {
      const arena = new Uint8Array(Math.max(this.arena.length * 2, at + length));
      arena.set(this.arena.subarray(0, at));
      this.arena = arena;
    }
    const arena = this.arena;
    for (let i = 0; i < length; i++) arena[at + i] = bytes[start + i] as number;
    this.hashes[index] = hash;
    this.starts[index + 1] = at + length;
    this.size = index + 1;
    return index;
  }

  /** Forgets the entries from `size` on. */
  truncate(size: number): void {
    if (size < this.size) this.size = size;
  }

  /** Whether entry `index` here and entry `other` of `list` are the same bytes. */
  same(index: number, list: IdList, other: number): boolean {
    const start = this.starts[index] as number;
    const length = (this.starts[index + 1] as number) - start;
    const otherStart = list.starts[other] as number;
    if ((list.starts[other + 1] as number) - otherStart !== length) return false;
    const a = this.arena;
    const b = list.arena;
    for (let i = 0; i < length; i++) if (a[start + i] !== b[otherStart + i]) return false;
    return true;
  }

  /** Entry `index` as text (ASCII: the fast path lists ids of ASCII bytes only). */
  text(index: number): string {
    return String.fromCharCode(...this.arena.subarray(this.starts[index], this.starts[index + 1]));
  }

  /** A copy (to send to another thread while this one keeps the list). */
  copy(): IdList {
    const list = new IdList();
    list.size = this.size;
    list.hashes = this.hashes.slice(0, this.size);
    list.starts = this.starts.slice(0, this.size + 1);
    list.arena = this.arena.slice(0, this.starts[this.size]);
    return list;
  }

  /**
   * The entries `indexes[0]`, `indexes[1]`, ... of this list, in that order, as a new list (the
   * ids of the rows a profile's `keep` rules keep); `undefined` when an index is -1 (a blank id).
   */
  select(indexes: ArrayLike<number>, count: number): IdList | undefined {
    const list = new IdList(count);
    for (let n = 0; n < count; n++) {
      const index = indexes[n] as number;
      if (index < 0) return undefined;
      const start = this.starts[index] as number;
      list.add(this.arena, start, this.starts[index + 1] as number, this.hashes[index] as number);
    }
    return list;
  }

  /** The entries as typed arrays, to send to another thread (see {@link IdList.fromData}). */
  toData(): IdListData {
    return { size: this.size, hashes: this.hashes, starts: this.starts, arena: this.arena };
  }

  /**
   * The entries of a dictionary, in code order (entry `i` is code `i`), copied: a list to join
   * where ids were interned (the import profile's path).
   */
  static fromDictionary(dictionary: ByteDictionary): IdList {
    const data = dictionary.toData();
    const list = new IdList();
    list.size = data.size;
    list.hashes = data.hashes.slice();
    list.arena = data.arena.slice();
    const starts = new Int32Array(data.size + 1);
    // Entries are laid end to end in the dictionary's arena, in code order.
    for (let code = 0; code < data.size; code++) starts[code + 1] = (data.spans[2 * code] as number) + (data.spans[2 * code + 1] as number);
    list.starts = starts;
    return list;
  }

  /** The list whose entries {@link IdList.toData} gave. */
  static fromData(data: IdListData): IdList {
    const list = new IdList();
    list.size = data.size;
    list.hashes = data.hashes;
    list.starts = data.starts;
    list.arena = data.arena;
    return list;
  }
}

function grown(array: Int32Array, length: number): Int32Array {
  const bigger = new Int32Array(length);
  bigger.set(array.subarray(0, Math.min(array.length, length)));
  return bigger;
}

/**
 * Pairs of (hash, number) sorted by hash, then by number: packed into 64-bit words (the hash,
 * made unsigned, above the number) and sorted by the engine's typed-array sort. The lists' entries
 * are numbered one after another from `first`.
 */
function sortedByHash(lists: readonly IdList[]): Uint32Array {
  let total = 0;
  for (const list of lists) total += list.size;
  const words = new BigUint64Array(total);
  const halves = new Uint32Array(words.buffer);
  // Little-endian words: the low half first.
  let n = 0;
  for (const list of lists) {
    const hashes = list.hashes;
    for (let i = 0; i < list.size; i++, n++) {
      halves[2 * n] = n;
      halves[2 * n + 1] = (hashes[i] as number) >>> 0;
    }
  }
  words.sort();
  return halves;
}

/** Pairs (a, b) of 32-bit numbers sorted by `a`, then `b`. */
function sortedPairs(pairs: readonly number[]): Uint32Array {
  const words = new BigUint64Array(pairs.length / 2);
  const halves = new Uint32Array(words.buffer);
  for (let p = 0; p < pairs.length; p += 2) {
    halves[p] = pairs[p + 1] as number;
    halves[p + 1] = pairs[p] as number;
  }
  words.sort();
  return halves;
}

/** What {@link joinIdLists} found. */
export interface IdJoin {
  /** Whether an id is in the keys twice (in one list or in two). */
  repeated: boolean;
  /**
   * For each list of `lookups`, for each of its entries, the key's number (its index among all
   * keys, the lists taken one after another), or -1 when no key has those bytes. Empty when
   * `repeated`.
   */
  found: Int32Array[];
}

/**
 * Checks that no id is in the keys twice and finds each lookup id among the keys.
 *
 * @param keys The lists of keys (the parts of the staff file, in file order): key `n` is entry
 *   `n - first` of the list it falls in.
 * @param lookups The lists to look up (each file's staff ids).
 * @example
 * const list = (...ids: string[]) => { const l = new IdList(); for (const id of ids) { const b = new TextEncoder().encode(id); l.add(b, 0, b.length, hashBytes(b, 0, b.length)); } return l; };
 * joinIdLists([list('S1', 'S2'), list('S3')], [list('S3', 'S9', 'S1')]);
 * // { repeated: false, found: [Int32Array [2, -1, 0]] }
 */
export function joinIdLists(keys: readonly IdList[], lookups: readonly IdList[]): IdJoin {
  // Key n lives in list partOf[n], at entry n - firsts[part].
  const firsts: number[] = [];
  let total = 0;
  for (const list of keys) {
    firsts.push(total);
    total += list.size;
  }
  const partOf = new Uint8Array(total);
  keys.forEach((list, part) => partOf.fill(part, firsts[part], (firsts[part] as number) + list.size));
  const keyList = (n: number): IdList => keys[partOf[n] as number] as IdList;
  const keyEntry = (n: number): number => n - (firsts[partOf[n] as number] as number);

  const sortedKeys = sortedByHash(keys);
  // Keys of equal hash sit together: any two with the same bytes are a repeated id.
  for (let i = 1; i < total; i++) {
    if (sortedKeys[2 * i + 1] !== sortedKeys[2 * i - 1]) continue;
    const hash = sortedKeys[2 * i + 1];
    for (let j = i - 1; j >= 0 && sortedKeys[2 * j + 1] === hash; j--) {
      const a = sortedKeys[2 * i] as number;
      const b = sortedKeys[2 * j] as number;
      if (keyList(a).same(keyEntry(a), keyList(b), keyEntry(b))) return { repeated: true, found: [] };
    }
  }

  const found = lookups.map((list) => {
    const result = new Int32Array(list.size).fill(-1);
    if (list.size === 0 || total === 0) return result;
    const sorted = sortedByHash([list]);
    // Walk both in hash order; each lookup's candidate keys (equal hash) are noted for checking.
    const pairs: number[] = [];
    let k = 0;
    for (let i = 0; i < list.size; i++) {
      const hash = sorted[2 * i + 1] as number;
      while (k < total && (sortedKeys[2 * k + 1] as number) < hash) k++;
      for (let j = k; j < total && sortedKeys[2 * j + 1] === hash; j++) pairs.push(sortedKeys[2 * j] as number, sorted[2 * i] as number);
    }
    // Checked in key order, so the keys' bytes are read in sequence (the lookups' are fewer).
    const checks = sortedPairs(pairs);
    for (let p = 0; p < pairs.length / 2; p++) {
      const key = checks[2 * p + 1] as number;
      const entry = checks[2 * p] as number;
      if (keyList(key).same(keyEntry(key), list, entry)) result[entry] = key;
    }
    return result;
  });
  return { repeated: false, found };
}
