import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

/** A library token is 256 random bits written as 64 lowercase hex digits: easy to type, to check and to put in a QR code. */
const TOKEN_PATTERN = /^[0-9a-f]{64}$/;
const TOKEN_BYTES = 32;
/** Domain separation, so the library id can never be mistaken for another hash of the token. */
const LIBRARY_ID_CONTEXT = 'lectern-sync-library-id:v1:';
const LIBRARY_ID_HEX_DIGITS = 32;

export function isLibraryToken(value: string): boolean {
  return TOKEN_PATTERN.test(value);
}

/** Uses the platform's CSPRNG (Web Crypto, present in browsers, Electron and Node ≥ 19). */
export function createLibraryToken(): string {
  const bytes = new Uint8Array(TOKEN_BYTES);
  globalThis.crypto.getRandomValues(bytes);
  return bytesToHex(bytes);
}

/**
 * The public name of the library a token opens: 128 bits of SHA-256 over the token. Document names carry it, so the
 * server can check a token against a document with no stored secret, and logs can name a library without its token.
 */
export function libraryIdForToken(token: string): string {
  if (!isLibraryToken(token)) throw new Error('A library token is 64 lowercase hexadecimal digits.');
  return bytesToHex(sha256(utf8ToBytes(LIBRARY_ID_CONTEXT + token))).slice(0, LIBRARY_ID_HEX_DIGITS);
}
