import { BackupError } from './errors';

/**
 * Turns a member's bytes, as they stream in, into complete lines: UTF-8 is decoded strictly and
 * a line split across two pieces is joined. Line numbers count from 1, for messages.
 */
export class MemberLines {
  private readonly decoder = new TextDecoder('utf-8', { fatal: true });
  private carry = '';
  private lineNumber = 0;

  constructor(private readonly member: string) {}

  /** Calls `line` for each line the bytes complete; `final` flushes the last one. */
  push(bytes: Uint8Array, final: boolean, line: (text: string, lineNumber: number) => void): void {
    let text: string;
    try {
      text = this.carry + this.decoder.decode(bytes, { stream: !final });
    } catch {
      throw new BackupError(`${this.member} is not valid UTF-8 text: the file is damaged.`);
    }
    let start = 0;
    for (let end = text.indexOf('\n'); end !== -1; end = text.indexOf('\n', start)) {
      line(text.slice(start, end), ++this.lineNumber);
      start = end + 1;
    }
    this.carry = text.slice(start);
    if (final && this.carry !== '') {
      line(this.carry, ++this.lineNumber);
      this.carry = '';
    }
  }
}
