import { BackupError } from './errors';

/** Length of a zip's end-of-central-directory record when it carries no comment (ours never do). */
const END_RECORD_LENGTH = 22;
const END_SIGNATURE = 0x06054b50;

/**
 * Keeps the last bytes of a stream. A streaming unzip reads members from their local headers and
 * never looks at the central directory at the end, so a file cut short after its last member would
 * read "fine" without this check.
 */
export class ZipEndCheck {
  private tail = new Uint8Array(0);

  push(chunk: Uint8Array): void {
    if (chunk.length >= END_RECORD_LENGTH) {
      this.tail = chunk.slice(chunk.length - END_RECORD_LENGTH);
      return;
    }
    const joined = new Uint8Array(this.tail.length + chunk.length);
    joined.set(this.tail);
    joined.set(chunk, this.tail.length);
    this.tail = joined.slice(Math.max(0, joined.length - END_RECORD_LENGTH));
  }

  /** Throws unless the stream ended with a central directory listing `members` entries. */
  verify(members: number): void {
    const view = new DataView(this.tail.buffer, this.tail.byteOffset, this.tail.byteLength);
    const complete = this.tail.length === END_RECORD_LENGTH && view.getUint32(0, true) === END_SIGNATURE;
    if (!complete) throw new BackupError('The backup is truncated: the end of the zip archive is missing.');
    if (view.getUint16(10, true) !== members)
      throw new BackupError(`The zip archive's directory lists ${view.getUint16(10, true)} members but the file holds ${members}: the file is damaged.`);
  }
}
