// Reads a .lectern backup as it streams in, and refuses it, naming what is wrong, unless every part checks out.

import { Unzip, UnzipInflate, type UnzipFile } from 'fflate';
import { StreamingDigest } from './digest';
import { BackupError } from './errors';
import { HEADER_MEMBER, MANIFEST_MEMBER, tableMember, type BackupHeader, type BackupManifest, type MemberDigest } from './format';
import { parseHeader, parseManifest } from './header';
import { MemberLines } from './member-lines';
import { ZipEndCheck } from './zip-end';
import { rowCheckFor } from './row-check';
import { backupTablesAt } from './tables';

export interface BackupReadHandlers {
  /** Once, before any row; rejecting ends the read (e.g. to refuse a version). */
  header?: (header: BackupHeader) => Promise<void> | void;
  /** Checked rows of one table, in file order, a batch at a time. */
  rows?: (table: string, rows: unknown[]) => Promise<void> | void;
  /** Compressed bytes consumed so far. */
  progress?: (bytesRead: number) => void;
}

/** Rows handed over at a time. */
const ROW_BATCH = 2_000;
/** The header and manifest are small; anything larger is not ours. */
const MAX_SMALL_MEMBER = 16 * 1024 * 1024;

type Pending = { kind: 'header'; header: BackupHeader } | { kind: 'rows'; table: string; rows: unknown[] };

interface MemberState {
  name: string;
  digest: StreamingDigest;
  done: boolean;
}

/**
 * Reads the whole backup from `chunks`. Every member's SHA-256, every row's shape (against the
 * schema version the header names), the row counts and the set of members are checked; the
 * first problem throws a BackupError. Rows reach `handlers.rows` as they are read, so a caller
 * that stores them must discard what it stored when the read fails.
 */
export async function readBackup(chunks: AsyncIterable<Uint8Array>, handlers: BackupReadHandlers = {}): Promise<BackupManifest> {
  const reading = new BackupReading();
  const end = new ZipEndCheck();
  let bytesRead = 0;
  for await (const chunk of chunks) {
    end.push(chunk);
    reading.push(chunk, false);
    bytesRead += chunk.length;
    await reading.drain(handlers);
    handlers.progress?.(bytesRead);
  }
  reading.push(new Uint8Array(0), true);
  await reading.drain(handlers);
  const manifest = reading.finish();
  end.verify(reading.memberCount);
  return manifest;
}

class BackupReading {
  private readonly unzip: Unzip;
  private readonly members: MemberState[] = [];
  private readonly pending: Pending[] = [];
  private failure: Error | null = null;
  private header: BackupHeader | null = null;
  private expectedTables = new Set<string>();
  private readonly rowCounts = new Map<string, number>();
  private manifest: BackupManifest | null = null;
  /**
   * The first row that did not parse or check out. Reading goes on: when the file's checksums fail too, the problem
   * reported is the damage, not the row a flipped byte happened to break; when they hold, it is the row.
   */
  private rowProblem: BackupError | null = null;

  constructor() {
    this.unzip = new Unzip((file) => this.guard(() => this.open(file)));
    this.unzip.register(UnzipInflate);
  }

  get memberCount(): number {
    return this.members.length;
  }

  push(chunk: Uint8Array, final: boolean): void {
    if (this.failure === null) {
      try {
        this.unzip.push(chunk, final);
      } catch (error) {
        this.failure ??= error instanceof BackupError ? error : this.zipFailure(error, final);
      }
    }
    if (this.failure !== null) throw this.failure;
  }

  async drain(handlers: BackupReadHandlers): Promise<void> {
    for (let next = this.pending.shift(); next; next = this.pending.shift()) {
      if (next.kind === 'header') await handlers.header?.(next.header);
      else await handlers.rows?.(next.table, next.rows);
    }
  }

  finish(): BackupManifest {
    if (this.members.length === 0) throw new BackupError('The file is empty or is not a zip archive.');
    const unfinished = this.members.find((member) => !member.done);
    if (unfinished) throw new BackupError(`The backup is truncated: ${unfinished.name} ends early.`);
    const manifest = this.manifest;
    if (!manifest) throw new BackupError(`The backup is incomplete: ${MANIFEST_MEMBER} is missing (the file may be truncated).`);
    this.checkAgainstManifest(manifest);
    if (this.rowProblem !== null) throw this.rowProblem;
    return manifest;
  }

  private zipFailure(error: unknown, final: boolean): BackupError {
    const last = this.members.at(-1);
    if (final && last && !last.done) return new BackupError(`The backup is truncated: ${last.name} ends early.`);
    return new BackupError(`The file is not a readable zip archive (${describe(error)}).`);
  }

  private checkAgainstManifest(manifest: BackupManifest): void {
    const header = this.header;
    if (!header) throw new BackupError(`The backup has no ${HEADER_MEMBER}.`);
    for (const field of ['appVersion', 'schemaVersion', 'createdAt', 'formatVersion'] as const)
      if (manifest[field] !== header[field]) throw new BackupError(`The manifest and ${HEADER_MEMBER} disagree on ${field}: the file is damaged.`);
    const seen = new Map(this.members.filter((member) => member.name !== MANIFEST_MEMBER).map((member) => [member.name, member.digest.finish()]));
    for (const name of Object.keys(manifest.members))
      if (!seen.has(name)) throw new BackupError(`${name} is listed in the manifest but missing from the file.`);
    for (const [name, digest] of seen) {
      const listed = manifest.members[name];
      if (!listed) throw new BackupError(`${name} is in the file but not in the manifest.`);
      if (!sameDigest(listed, digest)) throw new BackupError(`${name} does not match its checksum: the file is damaged.`);
    }
    for (const table of this.expectedTables) {
      if (!seen.has(tableMember(table))) throw new BackupError(`${tableMember(table)} is missing from the file.`);
      const counted = this.rowCounts.get(table) ?? 0;
      if (manifest.tables[table] !== counted)
        throw new BackupError(`The manifest counts ${manifest.tables[table] ?? 'no'} rows in “${table}”, but the file holds ${counted}.`);
    }
    const extraTable = Object.keys(manifest.tables).find((table) => !this.expectedTables.has(table));
    if (extraTable !== undefined) throw new BackupError(`The manifest counts rows of “${extraTable}”, which database version ${header.schemaVersion} does not have.`);
  }

  private open(file: UnzipFile): void {
    const name = file.name;
    if (this.manifest) throw new BackupError(`${name} follows the manifest, which must come last: the file is damaged.`);
    if (this.members.some((member) => member.name === name)) throw new BackupError(`${name} appears twice in the file.`);
    if (this.members.length === 0 && name !== HEADER_MEMBER) throw new BackupError(`This is not a Lectern backup: it does not start with ${HEADER_MEMBER}.`);
    const state: MemberState = { name, digest: new StreamingDigest(), done: false };
    this.members.push(state);
    const consume = this.consumerFor(name);
    file.ondata = (error, data, final) =>
      this.guard(() => {
        if (error) throw new BackupError(`${name} is damaged and cannot be decompressed (${describe(error)}).`);
        state.digest.update(data);
        consume(data, final);
        if (final) state.done = true;
      });
    file.start();
  }

  private consumerFor(name: string): (data: Uint8Array, final: boolean) => void {
    if (name === HEADER_MEMBER)
      return this.smallMember(name, (text) => {
        const header = parseHeader(text, name);
        this.header = header;
        this.expectedTables = new Set(backupTablesAt(header.schemaVersion));
        this.pending.push({ kind: 'header', header });
      });
    if (name === MANIFEST_MEMBER) return this.smallMember(name, (text) => (this.manifest = parseManifest(text, name)));
    const table = [...this.expectedTables].find((candidate) => tableMember(candidate) === name);
    if (table === undefined) throw new BackupError(`${name} is not part of a backup of database version ${this.header?.schemaVersion ?? '?'}.`);
    return this.tableMember(table, name);
  }

  private smallMember(name: string, done: (text: string) => void): (data: Uint8Array, final: boolean) => void {
    const parts: Uint8Array[] = [];
    let size = 0;
    return (data, final) => {
      size += data.length;
      if (size > MAX_SMALL_MEMBER) throw new BackupError(`${name} is far larger than a backup's ${name} can be.`);
      parts.push(data);
      if (!final) return;
      const whole = new Uint8Array(size);
      let at = 0;
      for (const part of parts) {
        whole.set(part, at);
        at += part.length;
      }
      let text: string;
      try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(whole);
      } catch {
        throw new BackupError(`${name} is not valid UTF-8 text: the file is damaged.`);
      }
      done(text);
    };
  }

  private tableMember(table: string, name: string): (data: Uint8Array, final: boolean) => void {
    const checkRow = rowCheckFor(table, this.header?.schemaVersion ?? 0);
    const lines = new MemberLines(name);
    let batch: unknown[] = [];
    let count = 0;
    const takeLine = (text: string, lineNumber: number): void => {
      count += 1;
      if (this.rowProblem !== null) return;
      let row: unknown;
      try {
        row = JSON.parse(text);
      } catch {
        this.rowProblem = new BackupError(`${name}, line ${lineNumber}, is not valid JSON: the file is damaged.`);
        return;
      }
      const problem = checkRow(row);
      if (problem !== null) {
        this.rowProblem = new BackupError(`${name}, line ${lineNumber}: ${problem}.`);
        return;
      }
      batch.push(row);
      if (batch.length >= ROW_BATCH) {
        this.pending.push({ kind: 'rows', table, rows: batch });
        batch = [];
      }
    };
    return (data, final) => {
      lines.push(data, final, takeLine);
      if (!final) return;
      if (batch.length > 0) this.pending.push({ kind: 'rows', table, rows: batch });
      batch = [];
      this.rowCounts.set(table, count);
    };
  }

  private guard(work: () => void): void {
    if (this.failure !== null) return;
    try {
      work();
    } catch (error) {
      this.failure = error instanceof BackupError ? error : new BackupError(`The backup could not be read (${describe(error)}).`);
    }
  }
}

function sameDigest(a: MemberDigest, b: MemberDigest): boolean {
  return a.sha256 === b.sha256 && a.bytes === b.bytes;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
