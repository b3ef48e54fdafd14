import { BackupError } from './errors';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, type BackupHeader, type BackupManifest, type MemberDigest } from './format';
import { LATEST_BACKUP_SCHEMA } from './tables';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isWhole(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

function parseJson(text: string, member: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new BackupError(`${member} is not valid JSON: the file is damaged.`);
  }
}

/**
 * The header's fields, checked: a file of another kind, a newer format or a newer schema is refused
 * with what to do about it.
 */
export function parseHeader(text: string, member: string): BackupHeader {
  return headerOf(parseJson(text, member), member);
}

function headerOf(value: unknown, member: string): BackupHeader {
  if (!isRecord(value) || value['format'] !== BACKUP_FORMAT) throw new BackupError(`${member} does not describe a Lectern backup.`);
  const { formatVersion, appVersion, schemaVersion, createdAt } = value;
  if (!isWhole(formatVersion) || typeof appVersion !== 'string' || !isWhole(schemaVersion) || typeof createdAt !== 'string' || Number.isNaN(Date.parse(createdAt)))
    throw new BackupError(`${member} is missing its format version, app version, schema version or creation time.`);
  if (formatVersion > BACKUP_FORMAT_VERSION || schemaVersion > LATEST_BACKUP_SCHEMA)
    throw new BackupError(
      `This backup was made by a newer version of Lectern (${appVersion}, database version ${schemaVersion}); this one reads database versions up to ${LATEST_BACKUP_SCHEMA}. Update Lectern, then restore it.`,
    );
  if (schemaVersion < 1) throw new BackupError(`${member} names database version ${schemaVersion}, which never existed.`);
  return { format: BACKUP_FORMAT, formatVersion, appVersion, schemaVersion, createdAt };
}

function parseDigest(value: unknown, member: string): MemberDigest {
  if (!isRecord(value) || typeof value['sha256'] !== 'string' || !/^[0-9a-f]{64}$/.test(value['sha256']) || !isWhole(value['bytes']))
    throw new BackupError(`The manifest's checksum of ${member} is malformed.`);
  return { sha256: value['sha256'], bytes: value['bytes'] };
}

/** The manifest, checked for shape (its agreement with the members is checked by the reader). */
export function parseManifest(text: string, member: string): BackupManifest {
  const value = parseJson(text, member);
  const header = headerOf(value, member);
  const { tables, members } = value as Record<string, unknown>;
  if (!isRecord(tables) || !isRecord(members)) throw new BackupError(`${member} lacks its row counts or checksums.`);
  const counts: Record<string, number> = {};
  for (const [table, count] of Object.entries(tables)) {
    if (!isWhole(count)) throw new BackupError(`${member} gives no row count for the table “${table}”.`);
    counts[table] = count;
  }
  const digests: Record<string, MemberDigest> = {};
  for (const [name, digest] of Object.entries(members)) digests[name] = parseDigest(digest, name);
  return { ...header, tables: counts, members: digests };
}
