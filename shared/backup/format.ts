// The .lectern backup format: a zip whose members are a header, one NDJSON file per table and a manifest.

/** What every header and manifest says it is. */
export const BACKUP_FORMAT = 'lectern-backup';
/** Bumped when the layout of the zip itself changes (not when the database schema does). */
export const BACKUP_FORMAT_VERSION = 1;
/** The file extension, and the one the file choosers offer. */
export const BACKUP_EXTENSION = '.lectern';

/**
 * The first member: what a reader must know before the rows arrive (which schema they follow).
 * The manifest repeats it at the end, with the counts and checksums, which only exist once every
 * row is written; the header lets a restore build its database while it reads, in one pass.
 */
export const HEADER_MEMBER = 'lectern.json';
/** The last member. */
export const MANIFEST_MEMBER = 'manifest.json';

/** The member holding one table's rows, one JSON object per line. */
export function tableMember(table: string): string {
  return `tables/${table}.ndjson`;
}

export interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  formatVersion: number;
  /** The version of Lectern that wrote the file (package.json's). */
  appVersion: string;
  /** The database schema version the rows follow. */
  schemaVersion: number;
  /** When the backup was made, ISO 8601 in UTC. */
  createdAt: string;
}

export interface MemberDigest {
  /** Lower-case hex SHA-256 of the member's uncompressed bytes. */
  sha256: string;
  /** The member's uncompressed length in bytes. */
  bytes: number;
}

export interface BackupManifest extends BackupHeader {
  /** Rows per table, for every table the backup holds (0 for an empty one). */
  tables: Record<string, number>;
  /** Every member but the manifest itself, by its path in the zip. */
  members: Record<string, MemberDigest>;
}
