import type { LecternDB } from '../../../../renderer/db/schema/database';
import { importFiles } from '../../../../renderer/db/import/import';
import { handBuiltFile, type RecordSpec } from './fixtures';
import { importAsOlderRelease } from './older-release';

const TOPICS = ['gradient descent', 'spectral clustering', 'kernel regression', 'wavelet denoising', 'graph colouring', 'sparse coding'];

/** `count` distinct abstracts, imported from one capture; resolves to their ids in page order. */
export async function seedAbstracts(database: LecternDB, count: number, fileName = 'page.txt'): Promise<number[]> {
  const specs: RecordSpec[] = Array.from({ length: count }, (_, index) => ({
    title: `Study ${index + 1} of ${TOPICS[index % TOPICS.length] ?? 'things'}`,
    authors: [`Author ${index + 1}`, 'B. Second'],
    year: 2000 + (index % 20),
    text:
      `Study number ${index + 1} (${fileName}) examines ${TOPICS[index % TOPICS.length] ?? 'things'} in regime ${index * 7 + 3}. ` +
      `We prove bound ${index * 13 + 5} holds and measure constant ${index * 31 + 11} on benchmark ${index * 17 + 2}.`,
  }));
  const file = await handBuiltFile(fileName, specs);
  // A database opened at an older version (upgrade tests) gets the rows that release would have written.
  const olderRelease = !database.tables.some((table) => table.name === 'abstractKeys');
  if (olderRelease) await importAsOlderRelease([file], database);
  const added = olderRelease ? await database.abstracts.count() : (await importFiles([file], database)).added;
  if (added !== count) throw new Error(`expected ${count} new abstracts, got ${added}`);
  const rows = (await database.abstracts.toArray()).filter((row) => row.captureHashes.includes(file.contentHash));
  const byTitle = new Map(rows.map((row) => [row.title, row.id]));
  return specs.map((spec) => {
    const id = byTitle.get(spec.title ?? null);
    if (id === undefined) throw new Error(`abstract "${spec.title}" missing`);
    return id;
  });
}

/** The id of the abstract seeded at `index`, failing loudly when the seed made fewer. */
export function idAt(ids: readonly number[], index: number): number {
  const id = ids[index];
  if (id === undefined) throw new Error(`no abstract ${index}`);
  return id;
}
