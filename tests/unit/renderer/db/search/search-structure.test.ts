import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHighlight } from '../../../../../renderer/db/annotations/annotations';
import type { LecternDB } from '../../../../../renderer/db/schema/database';
import { addLink } from '../../../../../renderer/db/links/links';
import { addToList, createList } from '../../../../../renderer/db/lists/lists';
import { saveNote } from '../../../../../renderer/db/notes/notes';
import type { SearchService } from '../../../../../renderer/db/search/search-service';
import { freshDatabase } from '../fixtures';
import { importPapers, PAPERS, startService, type PaperName } from './search-fixtures';

let database: LecternDB;
let service: SearchService;
let ids: Record<PaperName, number>;

beforeEach(async () => {
  database = freshDatabase();
  ids = await importPapers(database);
  ({ service } = await startService(database));
});

afterEach(() => service.stop());

const found = async (query: string): Promise<number[]> => [...(await service.query(query)).ids].sort((a, b) => a - b);
const eventually = (check: () => Promise<void>) => vi.waitFor(check, { timeout: 3000, interval: 20 });

describe('structured operators', () => {
  it('list:, has:link, has:highlight and has:note follow the library as it changes', async () => {
    const { id: listId } = await createList('To read', database);
    await addToList(listId, [ids.kernel], undefined, database);
    await addLink({ fromId: ids.cyclical, toId: ids.mentionsCyclical, type: 'related' }, database);
    await createHighlight(ids.tropical, 0, 10, 'yellow', database);
    await saveNote(ids.kernel, null, 'why kernels work', database);
    await eventually(async () => {
      expect(await found('list:"to read"')).toEqual([ids.kernel]);
      expect(await found('has:link')).toEqual([ids.cyclical, ids.mentionsCyclical].sort((a, b) => a - b));
      expect(await found('has:highlight')).toEqual([ids.tropical]);
      expect(await found('has:note')).toEqual([ids.kernel]);
      expect(await found('-has:link -has:note')).toEqual([ids.tropical]);
    });
    // A list change touches no abstract, yet the query's answer must follow it.
    await addToList(listId, [ids.tropical], undefined, database);
    await eventually(async () => expect(await found('list:"to read"')).toEqual([ids.kernel, ids.tropical].sort((a, b) => a - b)));
  });

  it('source: matches a capture by file name', async () => {
    expect((await found('source:papers')).length).toBe(Object.keys(PAPERS).length);
    expect(await found('source:nothing-like-it')).toEqual([]);
  });
});
