// Writes a .lectern backup as it is fed, table by table, without ever holding the library as one string.

import { Zip, ZipDeflate, type DeflateOptions } from 'fflate';
import { StreamingDigest } from './digest';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  HEADER_MEMBER,
  MANIFEST_MEMBER,
  tableMember,
  type BackupHeader,
  type BackupManifest,
} from './format';

/** Receives the zip's bytes in order, as they are produced. */
export type BackupSink = (chunk: Uint8Array) => void;

/** 0 (store) to 9. */
export type DeflateLevel = NonNullable<DeflateOptions['level']>;

export interface BackupWriterOptions {
  appVersion: string;
  schemaVersion: number;
  /** Defaults to now. */
  createdAt?: Date;
  /** Deflate level, 0 (store) to 9; 1 keeps a backup about as fast as reading the rows. */
  level?: DeflateLevel;
}

/** About this many characters of NDJSON are encoded, hashed and compressed at a time. */
const FLUSH_CHARACTERS = 1 << 20;

class MemberStream {
  private readonly digest = new StreamingDigest();
  private readonly deflate: ZipDeflate;
  private pending: string[] = [];
  private pendingLength = 0;

  constructor(zip: Zip, name: string, level: DeflateLevel) {
    this.deflate = new ZipDeflate(name, { level });
    zip.add(this.deflate);
  }

  write(text: string): void {
    this.pending.push(text);
    this.pendingLength += text.length;
    if (this.pendingLength >= FLUSH_CHARACTERS) this.flush(false);
  }

  close(): ReturnType<StreamingDigest['finish']> {
    this.flush(true);
    return this.digest.finish();
  }

  private flush(final: boolean): void {
    const bytes = encoder.encode(this.pending.join(''));
    this.pending = [];
    this.pendingLength = 0;
    this.digest.update(bytes);
    this.deflate.push(bytes, final);
  }
}

const encoder = new TextEncoder();

/**
 * Streams a backup into `sink`: the header, then each table's rows as NDJSON (`addRows` as often as
 * needed, tables one after another), then `finish` writes the manifest with every member's
 * checksum and row count. Rows must be JSON values; the caller reads them in pages.
 */
export class BackupWriter {
  private readonly zip: Zip;
  private readonly header: BackupHeader;
  private readonly level: DeflateLevel;
  private readonly members: BackupManifest['members'] = {};
  private readonly tables: BackupManifest['tables'] = {};
  private current: { table: string; stream: MemberStream } | null = null;
  private failure: Error | null = null;

  constructor(sink: BackupSink, options: BackupWriterOptions) {
    this.zip = new Zip((error, chunk) => {
      if (error) this.failure = error;
      else if (chunk.length > 0) sink(chunk);
    });
    this.level = options.level ?? 1;
    this.header = {
      format: BACKUP_FORMAT,
      formatVersion: BACKUP_FORMAT_VERSION,
      appVersion: options.appVersion,
      schemaVersion: options.schemaVersion,
      createdAt: (options.createdAt ?? new Date()).toISOString(),
    };
    this.writeWhole(HEADER_MEMBER, JSON.stringify(this.header, null, 2));
  }

  /** Starts `table`'s member (closing the previous table's); a table with no rows still gets one. */
  beginTable(table: string): void {
    if (Object.hasOwn(this.tables, table)) throw new Error(`The table “${table}” was already written.`);
    this.endTable();
    this.current = { table, stream: new MemberStream(this.zip, tableMember(table), this.level) };
    this.tables[table] = 0;
  }

  addRows(table: string, rows: readonly unknown[]): void {
    if (this.current?.table !== table) this.beginTable(table);
    const stream = this.current?.stream;
    if (!stream) return;
    for (const row of rows) stream.write(`${JSON.stringify(row)}\n`);
    this.tables[table] = (this.tables[table] ?? 0) + rows.length;
    this.check();
  }

  /** Writes the manifest and ends the zip; every byte has reached the sink when it returns. */
  finish(): BackupManifest {
    this.endTable();
    const manifest: BackupManifest = { ...this.header, tables: { ...this.tables }, members: { ...this.members } };
    const closing = new ZipDeflate(MANIFEST_MEMBER, { level: 6 });
    this.zip.add(closing);
    closing.push(encoder.encode(JSON.stringify(manifest, null, 2)), true);
    this.zip.end();
    this.check();
    return manifest;
  }

  private endTable(): void {
    if (!this.current) return;
    this.members[tableMember(this.current.table)] = this.current.stream.close();
    this.current = null;
    this.check();
  }

  private writeWhole(name: string, text: string): void {
    const stream = new MemberStream(this.zip, name, 6);
    stream.write(text);
    this.members[name] = stream.close();
  }

  private check(): void {
    if (this.failure) throw this.failure;
  }
}
