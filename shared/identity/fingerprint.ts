import { normalizeForIdentity } from './normalize';

/**
 * A truncated snippet merges into a fuller text only when its normalised form is at least this long,
 * so that short generic openings ("in this paper we propose") never join unrelated papers.
 */
export const MIN_PREFIX_MERGE_LENGTH = 60;

/**
 * How many normalised characters `prefixKey` keeps. Exactly the shortest mergeable snippet: texts that
 * can merge share their key, and texts that open alike for fewer characters (common in abstracts) do
 * not, so an import never reads stored abstracts it could not merge with.
 */
export const PREFIX_KEY_LENGTH = MIN_PREFIX_MERGE_LENGTH;

/**
 * Two independent 32-bit multiplicative lanes over the UTF-16 code units: 64 bits of hash.
 * Not cryptographic; identity only needs collisions to be vanishingly rare among a library's abstracts.
 */
function hash64Hex(text: string): string {
  let high = 0x811c9dc5;
  let low = 0x2545f491 ^ text.length;
  for (let index = 0; index < text.length; index += 1) {
    const unit = text.charCodeAt(index);
    high = Math.imul(high ^ unit, 0x01000193);
    low = Math.imul(low ^ unit, 0x5bd1e995);
    low ^= low >>> 15;
  }
  high = Math.imul(high ^ (high >>> 16), 0x85ebca6b);
  high = Math.imul(high ^ (high >>> 13), 0xc2b2ae35);
  high ^= high >>> 16;
  low = Math.imul(low ^ (low >>> 16), 0x7feb352d);
  low = Math.imul(low ^ (low >>> 15), 0x846ca68b);
  low ^= low >>> 16;
  return (high >>> 0).toString(16).padStart(8, '0') + (low >>> 0).toString(16).padStart(8, '0');
}

/** Fingerprint of an already normalised text: its 64-bit hash in hex and its length. */
export function fingerprintOfNormalized(normalized: string): string {
  return `${hash64Hex(normalized)}-${normalized.length.toString(36)}`;
}

/** Identity of an abstract's text: equal for texts that differ only in case, spacing, punctuation or backslashes. */
export function fingerprint(text: string): string {
  return fingerprintOfNormalized(normalizeForIdentity(text));
}

/** The first characters of the normalised text; snippets and the full text of one paper share it. */
export function prefixKeyOfNormalized(normalized: string): string {
  return normalized.slice(0, PREFIX_KEY_LENGTH);
}

export function prefixKey(text: string): string {
  return prefixKeyOfNormalized(normalizeForIdentity(text));
}
