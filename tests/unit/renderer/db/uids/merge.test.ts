import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { getAbstract } from '../../../../../renderer/db/abstracts/records';
import { defaultChoices } from '../../../../../renderer/db/duplicates/merge-fields';
import { mergeDuplicates } from '../../../../../renderer/db/duplicates/merge';
import { abstractUid } from '../../../../../shared/sync/uids';
import { freshDatabase } from '../fixtures';
import { idAt, seedAbstracts } from '../organize-fixtures';

describe('the uid of merged duplicates', () => {
  it('is the survivor’s, even when the loser’s text is kept, and undo gives the loser its own back', async () => {
    const database = freshDatabase();
    const ids = await seedAbstracts(database, 2);
    const [survivor, loser] = await Promise.all([getAbstract(idAt(ids, 0), database), getAbstract(idAt(ids, 1), database)]);
    if (survivor === undefined || loser === undefined) throw new Error('the seed made fewer than two abstracts');
    const merge = await mergeDuplicates(survivor.id, loser.id, { ...defaultChoices(survivor, loser), text: 'loser' }, database);
    const merged = await getAbstract(survivor.id, database);
    expect(merged?.text).toBe(loser.text);
    expect(merged?.uid).toBe(survivor.uid);
    expect(merged?.uid).toBe(abstractUid(survivor.text));
    await merge.undo();
    expect((await getAbstract(loser.id, database))?.uid).toBe(loser.uid);
  });
});
