import { isSha256 } from '../../../shared/sync/blob-manifest';
import type { LecternDB } from '../schema/database';

/**
 * Files imported here that wait to be uploaded, one device-local meta row each (a `sync.` key: backups leave them
 * out). Meta values are text, so the bytes are kept as base64 until the upload succeeds and the row is deleted.
 */
const OUTBOX_PREFIX = 'sync.blobOutbox:';

export interface OutgoingBlob {
  sha256: string;
  fileName: string;
  importedAt: number;
  bytes: Uint8Array;
}

interface StoredOutgoingBlob {
  fileName: string;
  importedAt: number;
  base64: string;
}

const BASE64_CHUNK = 0x8000;

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let start = 0; start < bytes.length; start += BASE64_CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(start, start + BASE64_CHUNK));
  }
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

function isStoredOutgoingBlob(value: unknown): value is StoredOutgoingBlob {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return typeof record['fileName'] === 'string' && typeof record['importedAt'] === 'number' && typeof record['base64'] === 'string';
}

export async function queueOutgoingBlobs(database: LecternDB, blobs: readonly OutgoingBlob[]): Promise<void> {
  if (blobs.length === 0) return;
  await database.meta.bulkPut(
    blobs.map(({ sha256, fileName, importedAt, bytes }) => ({
      key: `${OUTBOX_PREFIX}${sha256}`,
      value: JSON.stringify({ fileName, importedAt, base64: toBase64(bytes) } satisfies StoredOutgoingBlob),
    })),
  );
}

/** The SHA-256s waiting, oldest key first; each is read on its own with outgoingBlob, so one large file is in memory at a time. */
export async function outgoingBlobHashes(database: LecternDB): Promise<string[]> {
  const keys = await database.meta.where('key').startsWith(OUTBOX_PREFIX).primaryKeys();
  return keys.map((key) => key.slice(OUTBOX_PREFIX.length)).filter(isSha256);
}

/** A waiting file, or null when it is gone or its row is unreadable (then it is dropped). */
export async function outgoingBlob(database: LecternDB, sha256: string): Promise<OutgoingBlob | null> {
  const stored = (await database.meta.get(`${OUTBOX_PREFIX}${sha256}`))?.value;
  if (typeof stored !== 'string') return null;
  try {
    const parsed: unknown = JSON.parse(stored);
    if (isStoredOutgoingBlob(parsed)) return { sha256, fileName: parsed.fileName, importedAt: parsed.importedAt, bytes: fromBase64(parsed.base64) };
  } catch {
    // An unreadable row can never be sent: it is dropped below.
  }
  await removeOutgoingBlob(database, sha256);
  return null;
}

export async function removeOutgoingBlob(database: LecternDB, sha256: string): Promise<void> {
  await database.meta.delete(`${OUTBOX_PREFIX}${sha256}`);
}
