import { isDeviceId } from './hlc';

/**
 * One imported file in the library's blob manifest (a map in the meta doc, keyed by the file's SHA-256). The bytes
 * travel over the blob endpoints; every device imports them with the same parser, so it derives the same abstracts.
 */
export interface BlobManifestEntry {
  sha256: string;
  fileName: string;
  /** In bytes. */
  size: number;
  /** When the first device imported it, in milliseconds. */
  importedAt: number;
  /** The device id that imported and uploaded it. */
  device: string;
}

/** The name of the meta doc's top-level map that holds the manifest. */
export const BLOB_MANIFEST_MAP = 'blobs';

const SHA256_PATTERN = /^[0-9a-f]{64}$/;
const MAX_FILE_NAME = 1_000;
/** The server refuses larger uploads by default; a bigger claim is not a file any device sent. */
const MAX_BLOB_BYTES = 1024 * 1024 * 1024;

export type CheckedManifestEntry = { ok: true; entry: BlobManifestEntry } | { ok: false; problem: string };

export function isSha256(value: unknown): value is string {
  return typeof value === 'string' && SHA256_PATTERN.test(value);
}

function problemOf(key: string, value: Record<string, unknown>): string | null {
  const { sha256, fileName, size, importedAt, device } = value;
  if (!isSha256(key)) return 'its key is not a SHA-256';
  if (sha256 !== key) return 'its sha256 is not its key';
  if (typeof fileName !== 'string' || fileName.trim() === '' || fileName.length > MAX_FILE_NAME) {
    return `its file name is not a text of 1 to ${MAX_FILE_NAME} characters`;
  }
  if (typeof size !== 'number' || !Number.isSafeInteger(size) || size < 0 || size > MAX_BLOB_BYTES) return 'its size is not a byte count';
  if (typeof importedAt !== 'number' || !Number.isSafeInteger(importedAt) || importedAt < 0) return 'its time is not in milliseconds';
  if (!isDeviceId(device)) return 'its device id is malformed';
  return null;
}

/** Checks a manifest value read from a doc any device (or a damaged one) may have written. */
export function checkManifestEntry(key: string, value: unknown): CheckedManifestEntry {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, problem: `blob manifest entry ${key.slice(0, 64)}: not an object` };
  }
  const record = value as Record<string, unknown>;
  const problem = problemOf(key, record);
  if (problem !== null) return { ok: false, problem: `blob manifest entry ${key.slice(0, 64)}: ${problem}` };
  return {
    ok: true,
    entry: {
      sha256: key,
      fileName: record['fileName'] as string,
      size: record['size'] as number,
      importedAt: record['importedAt'] as number,
      device: record['device'] as string,
    },
  };
}
