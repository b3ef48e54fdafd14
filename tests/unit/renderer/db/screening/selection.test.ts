import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { addToList, createList } from '../../../../../renderer/db/lists/lists';
import { resolveSelection, resolveSelections } from '../../../../../renderer/db/screening/selection';
import { addTag } from '../../../../../renderer/db/tags/tags';
import { importFiles } from '../../../../../renderer/db/import/import';
import { freshDatabase, handBuiltFile } from '../fixtures';

async function library() {
  const database = freshDatabase();
  await importFiles([await handBuiltFile('first.txt', [{ text: 'First paper on gradient descent.' }, { text: 'Second paper on kernels.' }])], database);
  await importFiles([await handBuiltFile('second.txt', [{ text: 'Third paper on graphs.' }])], database);
  const ids = (await database.abstracts.orderBy(':id').primaryKeys()) as [number, number, number];
  const captures = await database.captures.toArray();
  return { database, ids, captures };
}

describe('resolveSelection', () => {
  it('resolves the library, a tag with its descendants, a source, a list and a search, oldest first', async () => {
    const { database, ids, captures } = await library();
    const [first, second, third] = ids;
    await addTag(third, 'theory/graphs', database);
    await addTag(first, 'theory', database);
    const { id: listId } = await createList('To screen', database);
    await addToList(listId, [third, second], undefined, database);
    const secondFile = captures.find((capture) => capture.fileName === 'second.txt');

    expect(await resolveSelection({ kind: 'library' }, database)).toEqual([first, second, third]);
    expect(await resolveSelection({ kind: 'tag', path: 'theory' }, database)).toEqual([first, third]);
    expect(await resolveSelection({ kind: 'tag', path: 'theory/graphs' }, database)).toEqual([third]);
    expect(await resolveSelection({ kind: 'tag', path: 'no/such/tag' }, database)).toEqual([]);
    expect(await resolveSelection({ kind: 'source', captureHash: secondFile?.hash ?? '', fileName: 'second.txt' }, database)).toEqual([third]);
    expect(await resolveSelection({ kind: 'list', listId, name: 'To screen' }, database)).toEqual([second, third]);
    expect(await resolveSelection({ kind: 'list', listId: 404, name: 'Gone' }, database)).toEqual([]);
    const search = (query: string) => Promise.resolve(query === 'kernels OR graphs' ? [third, second, 9999] : []);
    expect(await resolveSelection({ kind: 'search', query: 'kernels OR graphs' }, database, search)).toEqual([second, third]);
  });

  it('joins several selections, each abstract once', async () => {
    const { database, ids } = await library();
    const [first, , third] = ids;
    await addTag(third, 'a', database);
    await addTag(first, 'b', database);
    await addTag(third, 'b', database);
    expect(await resolveSelections([{ kind: 'tag', path: 'b' }, { kind: 'tag', path: 'a' }], database)).toEqual([first, third]);
  });
});
