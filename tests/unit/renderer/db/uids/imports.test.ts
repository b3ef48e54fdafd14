import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { allAbstracts } from '../../../../../renderer/db/abstracts/records';
import { importFiles } from '../../../../../renderer/db/import/import';
import type { ReferenceFormat } from '../../../../../shared/capture/types';
import { uidOfAbstract } from '../../../../../shared/sync/abstract-uid-of';
import { abstractUid, isUid, tagUid } from '../../../../../shared/sync/uids';
import { freshDatabase } from '../fixtures';
import { referenceFile } from '../reference-file';
import { readSeedFiles } from '../seed-files';

describe('uids of imported rows', () => {
  it('gives the seeds’ abstracts the same uids in two libraries, from their texts, and random uids to their same-page links', async () => {
    const [first, second] = [freshDatabase(), freshDatabase()];
    await importFiles(await readSeedFiles(), first);
    await importFiles((await readSeedFiles()).reverse(), second);
    const rows = await allAbstracts(first);
    for (const row of rows) expect(row.uid).toBe(abstractUid(row.text));
    const byUid = (list: typeof rows) => new Map(list.map((row) => [row.uid, row.fingerprint]));
    expect(byUid(await allAbstracts(second))).toEqual(byUid(rows));
    const links = await first.links.toArray();
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) expect(isUid(link.uid)).toBe(true);
    expect(new Set(links.map((link) => link.uid)).size).toBe(links.length);
  });

  it.each<ReferenceFormat>(['bibtex', 'ris', 'csl-json', 'csv'])('gives %s entries uids from their text, or their place in the file without one, and their keyword tags uids from paths', async (format) => {
    const database = freshDatabase();
    const file = await referenceFile(`library.${format}`, [
      { title: 'With Text', text: 'An abstract that was exported along.', tags: ['methods/rct'] },
      { title: 'Without Text', citationKey: 'bare2020' },
    ], format);
    await importFiles([file], database);
    const [withText, withoutText] = await allAbstracts(database);
    expect(withText?.uid).toBe(abstractUid('An abstract that was exported along.'));
    expect(withoutText?.uid).toBe(uidOfAbstract({ text: '', sources: withoutText?.sources ?? [] }));
    expect(withoutText?.uid).not.toBe(abstractUid(''));
    const tags = await database.tags.toArray();
    expect(tags.map((tag) => tag.path).sort()).toEqual(['methods', 'methods/rct']);
    for (const tag of tags) expect(tag.uid).toBe(tagUid(tag.path));
  });
});
