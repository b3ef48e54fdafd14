import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { renameTag } from '../../../../../renderer/db/tags/edits';
import { addTag } from '../../../../../renderer/db/tags/tags';
import { isUid, tagUid } from '../../../../../shared/sync/uids';
import { freshDatabase } from '../fixtures';
import { idAt, seedAbstracts } from '../organize-fixtures';

describe('tag uids', () => {
  it('gives a tag and its new ancestors the uid of their path, the same in two libraries made offline', async () => {
    const [laptop, desktop] = [freshDatabase(), freshDatabase()];
    const onLaptop = await addTag(idAt(await seedAbstracts(laptop, 1), 0), 'methods/rct', laptop);
    const onDesktop = await addTag(idAt(await seedAbstracts(desktop, 2), 1), ' methods / rct ', desktop);
    expect(onLaptop.tag.uid).toBe(tagUid('methods/rct'));
    expect(onDesktop.tag.uid).toBe(onLaptop.tag.uid);
    expect((await laptop.tags.where('path').equals('methods').first())?.uid).toBe(tagUid('methods'));
  });

  it('keeps the uid through a rename and its undo, and gives a new tag at the old path another uid', async () => {
    const database = freshDatabase();
    const id = idAt(await seedAbstracts(database, 1), 0);
    const { tag } = await addTag(id, 'sgd', database);
    const rename = await renameTag(tag.id, 'optimisation/sgd', database);
    expect((await database.tags.get(tag.id))?.uid).toBe(tagUid('sgd'));
    const { tag: again } = await addTag(id, 'sgd', database);
    expect(again.uid).not.toBe(tagUid('sgd'));
    expect(isUid(again.uid)).toBe(true);
    await database.tags.delete(again.id);
    await rename.undo();
    expect(await database.tags.get(tag.id)).toEqual(tag);
  });
});
