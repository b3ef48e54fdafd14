import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ExportEntry } from '../../../../../shared/export/types';
import { observeLiveContent } from '../../../../../renderer/db/export/live-content';
import { addToList, createList } from '../../../../../renderer/db/lists/lists';
import { setStatus } from '../../../../../renderer/db/organize/reading-status';
import type { LecternDB } from '../../../../../renderer/db/schema/database';
import { renameTag } from '../../../../../renderer/db/tags/edits';
import { addTag } from '../../../../../renderer/db/tags/tags';
import { freshDatabase } from '../fixtures';
import { idAt, seedAbstracts } from '../organize-fixtures';

let database: LecternDB;
let ids: number[];

beforeEach(async () => {
  database = freshDatabase();
  ids = await seedAbstracts(database, 4);
});

const at = (index: number): number => idAt(ids, index);
const render = (entries: readonly ExportEntry[]): string => entries.map((entry) => `${entry.id}:${entry.tags.join(',')}:${entry.status}`).join('\n');

/** Every text the observer sees, and a promise for the next one that satisfies `test`. */
function watch(scope: Parameters<typeof observeLiveContent>[0]) {
  const seen: string[] = [];
  const waiters: { test: (text: string) => boolean; resolve: (text: string) => void }[] = [];
  const stop = observeLiveContent(
    scope,
    render,
    {
      next: (text) => {
        seen.push(text);
        for (const waiter of waiters.splice(0)) {
          if (waiter.test(text)) waiter.resolve(text);
          else waiters.push(waiter);
        }
      },
      error: (error) => {
        throw error;
      },
    },
    database,
  );
  const until = (test: (text: string) => boolean): Promise<string> => {
    const last = seen.at(-1);
    if (last !== undefined && test(last)) return Promise.resolve(last);
    return new Promise((resolve) => waiters.push({ test, resolve }));
  };
  return { seen, stop, until };
}

describe('the live content of a kept-updated export', () => {
  it('follows a tag: an abstract tagged joins it, a renamed tag changes its path, a status change shows', async () => {
    const { tag } = await addTag(at(0), 'theory', database);
    const live = watch({ kind: 'tag', tagId: tag.id });
    expect(await live.until((text) => text === `${at(0)}:theory:unread`)).toBeTruthy();
    await addTag(at(2), 'theory', database);
    await live.until((text) => text.split('\n').length === 2);
    await renameTag(tag.id, 'methods', database);
    await live.until((text) => text.includes(`${at(2)}:methods:`));
    await setStatus(at(2), 'read', database);
    expect(await live.until((text) => text.includes(`${at(2)}:methods:read`))).toContain(`${at(0)}:methods:unread`);
    live.stop();
  });

  it('follows a reading list in its order', async () => {
    const { id: listId } = await createList('Thesis', database);
    const live = watch({ kind: 'list', listId });
    await live.until((text) => text === '');
    await addToList(listId, [at(3), at(1)], undefined, database);
    expect(await live.until((text) => text !== '')).toBe(`${at(3)}::unread\n${at(1)}::unread`);
    live.stop();
  });
});
