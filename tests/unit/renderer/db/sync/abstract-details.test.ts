import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { editAbstractDetails } from '../../../../../renderer/db/abstracts/metadata-edit';
import { deliverAll, openDevice } from './replica-pair';

describe('Edit details syncs', () => {
  it('a DOI, venue, type, keywords and citation key edited on one device reach the other', async () => {
    const a = await openDevice();
    const b = await openDevice();
    const [onA = 0] = a.abstractIds;
    await editAbstractDetails(
      onA,
      { doi: '10.1000/xyz123', venue: 'Journal of Tests', type: 'article-journal', keywords: ['sparsity', 'bounds'], citationKey: 'tester2001sparse' },
      a.database,
    );
    await a.replica.whenIdle();
    await deliverAll(a, b);
    const row = await b.database.abstracts.get(b.abstractIds[0] ?? 0);
    expect(row).toMatchObject({ doi: '10.1000/xyz123', venue: 'Journal of Tests', type: 'article-journal', keywords: ['sparsity', 'bounds'], citationKey: 'tester2001sparse' });
    expect((await b.database.abstractKeys.where('doi').equals('10.1000/xyz123').primaryKeys())).toEqual([b.abstractIds[0]]);
  });

  it('a citation key another abstract already has here is not taken: that paper keeps its own, and it is reported', async () => {
    const a = await openDevice();
    const b = await openDevice();
    const [firstOnB = 0, secondOnB = 0] = b.abstractIds;
    await editAbstractDetails(secondOnB, { citationKey: 'clash2001' }, b.database);
    await b.replica.whenIdle();
    const ownKey = (await b.database.abstracts.get(firstOnB))?.citationKey;
    await editAbstractDetails(a.abstractIds[0] ?? 0, { citationKey: 'clash2001', venue: 'Still arrives' }, a.database);
    await a.replica.whenIdle();
    await deliverAll(a, b);
    expect(await b.database.abstracts.get(firstOnB)).toMatchObject({ citationKey: ownKey, venue: 'Still arrives' });
    expect(b.problems.some((problem) => problem.includes('clash2001'))).toBe(true);
  });
});
