import { resolve } from 'node:path';

export interface SyncServerConfig {
  port: number;
  /** Folder holding the SQLite file; created when missing. */
  dataDir: string;
  /** Redis URL shared by several server instances, or null for a single instance. */
  redisUrl: string | null;
  /** The largest blob (capture or imported file) a PUT may store. */
  maxBlobBytes: number;
}

export class SyncConfigError extends Error {
  override readonly name = 'SyncConfigError';
}

const DEFAULT_PORT = 4444;
const DEFAULT_DATA_DIR = './sync-data';
const MEBIBYTE = 1024 * 1024;
const DEFAULT_MAX_BLOB_MIB = 64;
export const DEFAULT_MAX_BLOB_BYTES = DEFAULT_MAX_BLOB_MIB * MEBIBYTE;

function readPort(raw: string | undefined): number {
  if (raw === undefined || raw.trim() === '') return DEFAULT_PORT;
  const port = /^\d+$/.test(raw.trim()) ? Number(raw.trim()) : Number.NaN;
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new SyncConfigError(`LECTERN_SYNC_PORT must be a whole number from 1 to 65535, not "${raw}".`);
  }
  return port;
}

function readMaxBlobBytes(raw: string | undefined): number {
  if (raw === undefined || raw.trim() === '') return DEFAULT_MAX_BLOB_BYTES;
  const mebibytes = /^\d+$/.test(raw.trim()) ? Number(raw.trim()) : Number.NaN;
  if (!Number.isInteger(mebibytes) || mebibytes < 1 || mebibytes > 4096) {
    throw new SyncConfigError(
      `LECTERN_SYNC_MAX_BLOB_MB must be a whole number of MiB from 1 to 4096, not "${raw}".`,
    );
  }
  return mebibytes * MEBIBYTE;
}

function readRedisUrl(raw: string | undefined): string | null {
  if (raw === undefined || raw.trim() === '') return null;
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new SyncConfigError('LECTERN_SYNC_REDIS must be a URL such as redis://127.0.0.1:6379.');
  }
  if (url.protocol !== 'redis:' && url.protocol !== 'rediss:') {
    throw new SyncConfigError(
      `LECTERN_SYNC_REDIS must start with redis:// or rediss://, not ${url.protocol}//.`,
    );
  }
  return url.toString();
}

/** Reads the server's settings from the environment; a bad value throws a SyncConfigError naming the variable. */
export function readSyncConfig(env: NodeJS.ProcessEnv, cwd: string): SyncServerConfig {
  const dataDir = env.LECTERN_SYNC_DATA?.trim() || DEFAULT_DATA_DIR;
  return {
    port: readPort(env.LECTERN_SYNC_PORT),
    dataDir: resolve(cwd, dataDir),
    redisUrl: readRedisUrl(env.LECTERN_SYNC_REDIS),
    maxBlobBytes: readMaxBlobBytes(env.LECTERN_SYNC_MAX_BLOB_MB),
  };
}
