import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { normalizeForIdentity } from '../identity/normalize';

/**
 * Stable global ids: the same row has the same uid on every device. Rows a device derives from shared input
 * (abstracts from captures, tags and link types from their names) hash that input, so two devices that import the
 * same capture, or create the same tag offline, agree with no coordination. Rows the user creates (annotations,
 * notes, lists, list items, links, saved searches, reviews, decisions) get random ids at creation.
 */
const UID_HEX_DIGITS = 32;

function hashed(prefix: string, context: string, value: string): string {
  return prefix + bytesToHex(sha256(utf8ToBytes(context + value))).slice(0, UID_HEX_DIGITS);
}

/** From the text the identity fingerprint is computed from: the same abstract text gives the same uid anywhere. */
export function abstractUid(text: string): string {
  return hashed('a_', 'abstract:v1:', normalizeForIdentity(text));
}

/** From the tag's stored path (already normalised by the tag code); a rename keeps the uid the tag was born with. */
export function tagUid(path: string): string {
  return hashed('t_', 'tag:v1:', path);
}

export function linkTypeUid(name: string): string {
  return hashed('l_', 'link-type:v1:', name.trim().toLowerCase());
}

/**
 * An abstract's own note, from the abstract's uid: two devices that each start the note of one paper while apart
 * write into one note (and one text, which merges), not two.
 */
export function abstractNoteUid(abstractUidValue: string): string {
  return hashed('n_', 'abstract-note:v1:', abstractUidValue);
}

/** 122 random bits from the platform CSPRNG, as 32 lowercase hex digits (a UUID v4 without its dashes). */
export function randomUid(): string {
  return globalThis.crypto.randomUUID().replaceAll('-', '');
}

const UID_PATTERN = /^(?:[atln]_)?[0-9a-f]{32}$/;

export function isUid(value: unknown): value is string {
  return typeof value === 'string' && UID_PATTERN.test(value);
}
