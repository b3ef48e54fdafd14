import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import type { MemberDigest } from './format';

/** SHA-256 and length of a member, fed piece by piece as it streams through. */
export class StreamingDigest {
  private readonly hash = sha256.create();
  private length = 0;

  update(bytes: Uint8Array): void {
    this.hash.update(bytes);
    this.length += bytes.length;
  }

  finish(): MemberDigest {
    return { sha256: bytesToHex(this.hash.digest()), bytes: this.length };
  }
}
