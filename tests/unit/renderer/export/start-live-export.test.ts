import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import type { LecternDB } from '../../../../renderer/db/schema/database';
import { addLiveExport, getLiveExports } from '../../../../renderer/db/settings/live-exports';
import { addTag, removeTag } from '../../../../renderer/db/tags/tags';
import { startLiveExport } from '../../../../renderer/features/export/start-live-export';
import type { LiveExportHost } from '../../../../renderer/host/types';
import { freshDatabase } from '../db/fixtures';
import { idAt, seedAbstracts } from '../db/organize-fixtures';

let database: LecternDB;
let ids: number[];

beforeEach(async () => {
  database = freshDatabase();
  ids = await seedAbstracts(database, 3);
});

/** A host that records each write, and lets a test wait for one that satisfies a check. */
function recordingHost(fail = false) {
  const writes: string[] = [];
  let waiter: { test: (text: string) => boolean; resolve: () => void } | null = null;
  const host: LiveExportHost = {
    choose: () => Promise.resolve(null),
    write: (_id, text) => {
      if (fail) return Promise.reject(new Error('The disk is full.'));
      writes.push(text);
      if (waiter?.test(text)) waiter.resolve();
      return Promise.resolve(writes.length);
    },
    stop: () => Promise.resolve(),
  };
  const until = (test: (text: string) => boolean): Promise<void> =>
    writes.some(test) ? Promise.resolve() : new Promise((resolve) => (waiter = { test, resolve }));
  return { host, writes, until };
}

const keysIn = (cslJson: string): number => (JSON.parse(cslJson) as unknown[]).length;

describe('a kept-updated export', () => {
  it('rewrites its file when an abstract joins or leaves its tag, and records when', async () => {
    const { tag } = await addTag(idAt(ids, 0), 'theory', database);
    await addLiveExport({ id: 'x', format: 'csl-json', scope: { kind: 'tag', tagId: tag.id }, scopeLabel: 'theory', path: '/t.json', lastWrittenAt: null, error: null }, database);
    const { host, writes, until } = recordingHost();
    const stop = startLiveExport({ id: 'x', format: 'csl-json', scope: { kind: 'tag', tagId: tag.id } }, host, database);
    await until((text) => keysIn(text) === 1);
    await addTag(idAt(ids, 2), 'theory', database);
    await until((text) => keysIn(text) === 2);
    await removeTag(idAt(ids, 0), tag.id, database);
    await removeTag(idAt(ids, 2), tag.id, database);
    await until((text) => keysIn(text) === 0);
    expect(writes.map(keysIn).slice(0, 2)).toEqual([1, 2]);
    expect(writes.map(keysIn).at(-1)).toBe(0);
    await expect.poll(async () => (await getLiveExports(database))[0]?.lastWrittenAt).toBe(writes.length);
    stop();
  });

  it('shows why a write failed in its settings', async () => {
    await addLiveExport({ id: 'y', format: 'bibtex', scope: { kind: 'library' }, scopeLabel: 'Whole library', path: '/l.bib', lastWrittenAt: null, error: null }, database);
    const { host } = recordingHost(true);
    const stop = startLiveExport({ id: 'y', format: 'bibtex', scope: { kind: 'library' } }, host, database);
    await expect.poll(async () => (await getLiveExports(database))[0]?.error, { timeout: 5_000 }).toBe('The disk is full.');
    stop();
  });
});
