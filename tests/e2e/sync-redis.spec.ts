import { expect } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LibraryPage } from './pages/library-page';
import { SyncDialog } from './pages/sync-dialog';
import { test } from './support/app-test';
import { anotherDevice } from './support/another-device';
import { freePort } from './support/free-port';
import { userLayerOf } from './support/library-by-uid';
import { hasRedisServer, startRedisProcess, type RedisProcess } from './support/redis-process';
import { LINEAR_TEACHERS, SEED_ABSTRACTS } from './support/seed-facts';
import { startSyncServerProcess, type SyncServerProcess } from './support/sync-server-process';
import { expectWorkSharedBothWays, tagHighlightAndNote } from './support/sync-checks';

/** Redis and two servers started through tsx, then two devices importing the seeds, on a shared 2-core machine. */
const START_WITHIN_MS = 120_000;
const TEST_WITHIN_MS = 120_000;
const TAG = 'methods/relayed';
const NOTE = 'Read on the desktop, via the first instance.';

test.describe('two sync server instances sharing Redis', () => {
  test.skip(!hasRedisServer(), 'redis-server is not on PATH (.ci/run installs it from Debian)');

  let redis: RedisProcess | undefined;
  const instances: SyncServerProcess[] = [];
  let dataDir: string | undefined;

  test.beforeAll(async () => {
    // Both instances share one data folder, the setup Hocuspocus' Redis extension is built for: before storing, an
    // instance takes a Redis lock on the document, and the one that misses it skips its store, trusting the other to
    // write the merged state. With a folder each, the skipped instance's file would lack that state, so restarted
    // alone it would serve an old library, and a file uploaded through one instance (blobs live in the same SQLite
    // file) would be missing on the other. Two processes on one SQLite file on a local disk are safe: SQLite locks
    // the file, WAL lets reads go on during a write, and busy_timeout (scripts/sync-server/sqlite-file.ts) makes a
    // writer wait for the other's lock instead of failing.
    test.setTimeout(START_WITHIN_MS);
    dataDir = mkdtempSync(join(tmpdir(), 'lectern-sync-redis-e2e-'));
    redis = await startRedisProcess();
    for (let started = 0; started < 2; started += 1) {
      instances.push(await startSyncServerProcess(await freePort(), { dataDir, redisUrl: redis.url }));
    }
  });

  test.afterAll(async () => {
    // Every process is stopped even when one refuses; Redis last, so no instance loses it while storing.
    const stopped = await Promise.allSettled(instances.map((instance) => instance.stop()));
    await redis?.stop();
    if (dataDir !== undefined) rmSync(dataDir, { recursive: true, force: true });
    for (const outcome of stopped) if (outcome.status === 'rejected') throw outcome.reason;
  });

  test('devices on different instances see each other’s tags, highlights and note, and converge', async ({
    page,
    browser,
  }) => {
    test.setTimeout(TEST_WITHIN_MS);
    const [first, second] = instances;
    if (first === undefined || second === undefined) throw new Error('Both instances should be running.');
    const library = new LibraryPage(page);
    await library.open(SEED_ABSTRACTS);
    const token = await new SyncDialog(page).connectTo(first.address, null);
    const laptop = await anotherDevice(browser);
    try {
      await new SyncDialog(laptop).connectTo(second.address, token);
      await new LibraryPage(laptop).openAbstract(LINEAR_TEACHERS.title);

      // Made while both are connected, so they can reach the laptop only through Redis.
      await library.openAbstract(LINEAR_TEACHERS.title);
      await tagHighlightAndNote(page, { tag: TAG, note: NOTE });

      await expectWorkSharedBothWays(page, laptop, { tag: TAG, note: NOTE });
      const layer = await userLayerOf(page);
      expect(layer.tagged).toHaveLength(2);
      expect(layer.annotations).toHaveLength(1);
      expect(layer.notes.some((note) => note.endsWith(NOTE))).toBe(true);
    } finally {
      await laptop.context().close();
    }
  });
});
