import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSyncConfig } from '../../../scripts/sync-server/config';

const cwd = '/srv/lectern';

describe('sync server config', () => {
  it('defaults to port 4444, ./sync-data and no Redis', () => {
    expect(readSyncConfig({}, cwd)).toEqual({
      port: 4444,
      dataDir: '/srv/lectern/sync-data',
      redisUrl: null,
      maxBlobBytes: 64 * 1024 * 1024,
    });
  });

  it('reads every variable', () => {
    const config = readSyncConfig(
      {
        LECTERN_SYNC_PORT: '4491',
        LECTERN_SYNC_DATA: '/var/lib/lectern',
        LECTERN_SYNC_REDIS: 'redis://127.0.0.1:6380/2',
        LECTERN_SYNC_MAX_BLOB_MB: '8',
      },
      cwd,
    );
    expect(config).toEqual({
      port: 4491,
      dataDir: '/var/lib/lectern',
      redisUrl: 'redis://127.0.0.1:6380/2',
      maxBlobBytes: 8 * 1024 * 1024,
    });
  });

  it.each([
    [{ LECTERN_SYNC_PORT: 'http' }, /LECTERN_SYNC_PORT must be a whole number from 1 to 65535, not "http"/],
    [{ LECTERN_SYNC_PORT: '70000' }, /LECTERN_SYNC_PORT .* not "70000"/],
    [{ LECTERN_SYNC_PORT: '0' }, /LECTERN_SYNC_PORT/],
    [{ LECTERN_SYNC_PORT: '44.5' }, /LECTERN_SYNC_PORT/],
    [
      { LECTERN_SYNC_MAX_BLOB_MB: '0' },
      /LECTERN_SYNC_MAX_BLOB_MB must be a whole number of MiB from 1 to 4096, not "0"/,
    ],
    [{ LECTERN_SYNC_MAX_BLOB_MB: 'lots' }, /LECTERN_SYNC_MAX_BLOB_MB/],
    [{ LECTERN_SYNC_REDIS: 'not a url' }, /LECTERN_SYNC_REDIS must be a URL/],
    [
      { LECTERN_SYNC_REDIS: 'http://127.0.0.1:6379' },
      /LECTERN_SYNC_REDIS must start with redis:\/\/ or rediss:\/\/, not http:\/\//,
    ],
  ])('refuses %o with a message naming the variable', (env, message) => {
    expect(() => readSyncConfig(env, cwd)).toThrow(message);
  });

  it('makes npm run sync-server exit 2 with one line on a bad value', () => {
    const root = join(import.meta.dirname, '../../..');
    const result = spawnSync(join(root, 'node_modules/.bin/tsx'), ['scripts/sync-server/main.ts'], {
      cwd: root,
      env: { ...process.env, LECTERN_SYNC_PORT: 'eighty' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(result.status).toBe(2);
    expect(result.stderr.trim()).toBe(
      'lectern sync-server: LECTERN_SYNC_PORT must be a whole number from 1 to 65535, not "eighty".',
    );
  }, 60_000);
});
