/**
 * Distinct byte strings with a code each: the cells of a column interned straight from the file's
 * bytes, so a million rows of `White British` are one entry and one JavaScript string, not a
 * million. Codes are 0, 1, 2, ... in order of first appearance.
 *
 * @module
 */
import { textDecoder } from './text-decoder.js';

const EMPTY = 0;
/** FNV-1a's start and multiplier. */
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a over `bytes[start, end)`, as a 32-bit integer. */
export function hashBytes(bytes: Uint8Array, start: number, end: number): number {
  let h = FNV_OFFSET;
  for (let i = start; i < end; i++) h = Math.imul(h ^ (bytes[i] as number), FNV_PRIME);
  return h | 0;
}

/**
 * MurmurHash3's finaliser: spreads FNV-1a's bits, whose low bits alone (the slot) cluster for ids
 * that differ only in their last characters (S1, S2, ...), which made probes run long.
 */
function mix(hash: number): number {
  let h = hash ^ (hash >>> 16);
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

const decoder = textDecoder('utf-8');

/** A {@link ByteDictionary}'s entries as typed arrays (what crosses to another thread). */
export interface ByteDictionaryData {
  size: number;
  slots: Int32Array;
  hashes: Int32Array;
  spans: Int32Array;
  arena: Uint8Array;
}

/**
 * An open-addressing hash table of byte strings, keyed by their bytes (kept in one growing arena).
 * Text is decoded only when asked for, once per entry.
 *
 * @example
 * const dictionary = new ByteDictionary();
 * const bytes = new TextEncoder().encode('PO1,PO2,PO1');
 * [dictionary.intern(bytes, 0, 3), dictionary.intern(bytes, 4, 7), dictionary.intern(bytes, 8, 11)]; // [0, 1, 0]
 * dictionary.text(1); // 'PO2'
 */
export class ByteDictionary {
  /** Entries so far. */
  size = 0;
  /** Pairs per slot: code + 1 (0 for an empty slot) and the entry's hash, so most probes touch nothing else. */
  private slots: Int32Array;
  private mask: number;
  private hashes: Int32Array = new Int32Array(16);
  /** Pairs per entry: where its bytes start in the arena, and how many there are. */
  private spans: Int32Array = new Int32Array(32);
  private arena: Uint8Array = new Uint8Array(256);
  private used = 0;
  private readonly texts: (string | undefined)[] = [];

  /** @param expected How many entries to make room for at once (growing a large table costs a copy per doubling). */
  constructor(expected = 0) {
    let capacity = 64;
    while (capacity < expected * 2) capacity *= 2;
    this.slots = new Int32Array(2 * capacity);
    this.mask = capacity - 1;
    if (expected > 16) {
      this.hashes = new Int32Array(expected);
      this.spans = new Int32Array(2 * expected);
    }
  }

  /** The code of `bytes[start, end)`, or -1 when it is not an entry. */
  find(bytes: Uint8Array, start: number, end: number): number {
    return this.findHashed(bytes, start, end, hashBytes(bytes, start, end));
  }

  /** {@link find} with the bytes' {@link hashBytes} already known. */
  findHashed(bytes: Uint8Array, start: number, end: number, hash: number): number {
    const slot = this.slotOf(bytes, start, end, hash);
    return (this.slots[2 * slot] as number) - 1;
  }

  /** The code of `bytes[start, end)`, made a new entry when it is not one yet. */
  intern(bytes: Uint8Array, start: number, end: number): number {
    return this.internHashed(bytes, start, end, hashBytes(bytes, start, end));
  }

  /** {@link intern} with the bytes' {@link hashBytes} already known. */
  internHashed(bytes: Uint8Array, start: number, end: number, hash: number): number {
    const slot = this.slotOf(bytes, start, end, hash);
    const found = this.slots[2 * slot] as number;
    if (found !== EMPTY) return found - 1;
    return this.add(bytes, start, end, hash, slot);
  }

  /** Whether entry `code` is the bytes `bytes[start, end)`. */
  holds(code: number, bytes: Uint8Array, start: number, end: number): boolean {
    const length = end - start;
    if (this.spans[2 * code + 1] !== length) return false;
    const at = this.spans[2 * code] as number;
    const arena = this.arena;
    for (let i = 0; i < length; i++) if (arena[at + i] !== bytes[start + i]) return false;
    return true;
  }

  /** The code here of entry `code` of `other`, or -1 when it is not an entry here. */
  findEntryOf(other: ByteDictionary, code: number): number {
    const start = other.spans[2 * code] as number;
    return this.findHashed(other.arena, start, start + (other.spans[2 * code + 1] as number), other.hashes[code] as number);
  }

  /** The entries as typed arrays, to send to another thread (see {@link ByteDictionary.fromData}). */
  toData(): ByteDictionaryData {
    return {
      size: this.size,
      slots: this.slots,
      hashes: this.hashes.subarray(0, this.size),
      spans: this.spans.subarray(0, 2 * this.size),
      arena: this.arena.subarray(0, this.used),
    };
  }

  /** The dictionary whose entries {@link ByteDictionary.toData} gave. */
  static fromData(data: ByteDictionaryData): ByteDictionary {
    const dictionary = new ByteDictionary();
    dictionary.size = data.size;
    dictionary.slots = data.slots;
    dictionary.mask = data.slots.length / 2 - 1;
    dictionary.hashes = data.hashes;
    dictionary.spans = data.spans;
    dictionary.arena = data.arena;
    dictionary.used = data.arena.length;
    return dictionary;
  }

  /** The entry's text, decoded as UTF-8 (bytes that are not UTF-8 read as U+FFFD, as Node's streams read them). */
  text(code: number): string {
    const known = this.texts[code];
    if (known !== undefined) return known;
    const start = this.spans[2 * code] as number;
    const text = decoder.decode(this.arena.subarray(start, start + (this.spans[2 * code + 1] as number)));
    this.texts[code] = text;
    return text;
  }

  private slotOf(bytes: Uint8Array, start: number, end: number, hash: number): number {
    const length = end - start;
    const { slots, mask, arena, spans } = this;
    let slot = mix(hash) & mask;
    for (;;) {
      const entry = slots[2 * slot] as number;
      if (entry === EMPTY) return slot;
      if (slots[2 * slot + 1] === hash) {
        const code = entry - 1;
        if (spans[2 * code + 1] === length) {
          const at = spans[2 * code] as number;
          let same = true;
          for (let i = 0; i < length; i++) {
            if (arena[at + i] !== bytes[start + i]) {
              same = false;
              break;
            }
          }
          if (same) return slot;
        }
      }
      slot = (slot + 1) & mask;
    }
  }

  private add(bytes: Uint8Array, start: number, end: number, hash: number, slot: number): number {
    const code = this.size;
    const length = end - start;
    if (code === this.hashes.length) {
      this.hashes = grow(this.hashes);
      this.spans = grow(this.spans);
    }
    if (this.used + length > this.arena.length) {
      const arena = new Uint8Array(Math.max(this.arena.length * 2, this.used + length));
      arena.set(this.arena.subarray(0, this.used));
      this.arena = arena;
    }
    const arena = this.arena;
    const at = this.used;
    // Copied byte by byte: most values are short, and a subarray per value would be garbage.
    for (let i = 0; i < length; i++) arena[at + i] = bytes[start + i] as number;
    this.hashes[code] = hash;
    this.spans[2 * code] = at;
    this.spans[2 * code + 1] = length;
    this.used += length;
    this.slots[2 * slot] = code + 1;
    this.slots[2 * slot + 1] = hash;
    this.size = code + 1;
    // Kept at most half full, so probes stay short.
    if (this.size * 2 > this.mask + 1) this.rehash();
    return code;
  }

  private rehash(): void {
    const old = this.slots;
    const slots = new Int32Array(old.length * 2);
    const mask = slots.length / 2 - 1;
    for (let i = 0; i < old.length; i += 2) {
      const entry = old[i] as number;
      if (entry === EMPTY) continue;
      const hash = old[i + 1] as number;
      let slot = mix(hash) & mask;
      while (slots[2 * slot] !== EMPTY) slot = (slot + 1) & mask;
      slots[2 * slot] = entry;
      slots[2 * slot + 1] = hash;
    }
    this.slots = slots;
    this.mask = mask;
  }
}

function grow(array: Int32Array): Int32Array {
  const grown = new Int32Array(array.length * 2);
  grown.set(array);
  return grown;
}
