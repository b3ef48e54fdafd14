// Sets of title positions as bitsets (bit p of word p >>> 5): a union or intersection of two sets
// of a hundred thousand titles is a few thousand word operations, whatever their sizes.

const BITS = 32;

export function emptyBits(count: number): Uint32Array {
  return new Uint32Array(Math.ceil(count / BITS));
}

/** The set of the positions in `list` (each below `count`). */
export function bitsOf(list: ArrayLike<number>, count: number): Uint32Array {
  const bits = emptyBits(count);
  for (let index = 0; index < list.length; index += 1) {
    const position = list[index] ?? 0;
    bits[position >>> 5] = (bits[position >>> 5] ?? 0) | (1 << (position & 31));
  }
  return bits;
}

/** Makes `into` hold only what it and `other` both hold. */
export function keepBoth(into: Uint32Array, other: Uint32Array): Uint32Array {
  for (let word = 0; word < into.length; word += 1) into[word] = (into[word] ?? 0) & (other[word] ?? 0);
  return into;
}

/** Makes `into` hold also what `other` holds. */
export function addAll(into: Uint32Array, other: Uint32Array): Uint32Array {
  for (let word = 0; word < into.length; word += 1) into[word] = (into[word] ?? 0) | (other[word] ?? 0);
  return into;
}

/** The positions set, ascending. */
export function positionsOf(bits: Uint32Array): Int32Array {
  let total = 0;
  for (const word of bits) total += bitCount(word);
  const positions = new Int32Array(total);
  let at = 0;
  for (let word = 0; word < bits.length; word += 1) {
    let left = bits[word] ?? 0;
    while (left !== 0) {
      const low = left & -left;
      positions[at++] = word * BITS + 31 - Math.clz32(low);
      left ^= low;
    }
  }
  return positions;
}

function bitCount(value: number): number {
  let left = value - ((value >>> 1) & 0x55555555);
  left = (left & 0x33333333) + ((left >>> 2) & 0x33333333);
  return (((left + (left >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}
