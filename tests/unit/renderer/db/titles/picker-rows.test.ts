import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { allAbstracts } from '../../../../../renderer/db/abstracts/records';
import { importFiles } from '../../../../../renderer/db/import/import';
import type { LecternDB } from '../../../../../renderer/db/schema/database';
import { searchMentionTargets } from '../../../../../renderer/db/links/mention-search';
import { findTitles, warmTitleIndex } from '../../../../../renderer/db/titles/title-index';
import { searchCandidates } from '../../../../../renderer/features/links/link-search';
import { freshDatabase, handBuiltFile } from '../fixtures';
import { countRowsRead } from './row-counter';

const LIBRARY_SIZE = 2_000;
const TOPICS = ['gradient descent', 'spectral clustering', 'kernel regression', 'wavelet denoising', 'energy propagation'];

/** Each picker as the app asks the title index: open (empty query), then one keystroke. */
type Ask = (query: string, limit: number, ids: readonly number[], database: LecternDB) => Promise<unknown[]>;
const PICKERS: { name: string; limit: number; ask: Ask }[] = [
  { name: 'Link to…', limit: 30, ask: (query, limit, ids, database) => searchCandidates(query, ids[0] ?? 0, limit, database) },
  { name: 'mention menu', limit: 8, ask: (query, limit, _ids, database) => searchMentionTargets(query, limit, database) },
  { name: 'palette', limit: 6, ask: (query, limit, _ids, database) => findTitles(query, limit, {}, database) },
  {
    name: 'Find in graph',
    limit: 12,
    ask: (query, limit, ids, database) => findTitles(query, limit, { within: new Set(ids.slice(0, 500)) }, database),
  },
];

describe('pickers read no abstract rows', () => {
  it(`opening each picker and typing a letter reads no more abstract rows than it shows, in a library of ${LIBRARY_SIZE}`, async () => {
    const database = freshDatabase();
    const counter = countRowsRead(database);
    const specs = Array.from({ length: LIBRARY_SIZE }, (_, index) => ({
      // Every tenth is a snippet without a title: its display title is the start of its text.
      title: index % 10 === 0 ? null : `Study ${index} of ${TOPICS[index % TOPICS.length] ?? ''}`,
      text: `Finding ${index} on ${TOPICS[index % TOPICS.length] ?? ''}. More words follow here.`,
    }));
    await importFiles([await handBuiltFile('page.txt', specs)], database);
    const ids = await database.abstractKeys.toCollection().primaryKeys();

    // As after start: the index is built once in the background.
    warmTitleIndex(database);
    await findTitles('', 1, {}, database);

    for (const picker of PICKERS) {
      counter.reset();
      const opened = await picker.ask('', picker.limit, ids, database);
      const typed = await picker.ask('s', picker.limit, ids, database);
      expect(opened.length, picker.name).toBeGreaterThan(0);
      expect(typed.length, picker.name).toBeGreaterThan(0);
      expect(counter.read('abstracts'), picker.name).toBeLessThanOrEqual(picker.limit);
      expect(counter.read('abstractTexts'), picker.name).toBeLessThanOrEqual(picker.limit);
    }

    // The counter sees whole-library reads: a picker reading every abstract again would fail above.
    counter.reset();
    await allAbstracts(database);
    expect(counter.read('abstracts')).toBe(LIBRARY_SIZE);
    expect(counter.read('abstractTexts')).toBe(LIBRARY_SIZE);
  }, 60_000);
});

