import type { LecternDB } from '../../../../renderer/db/database';
import { importFiles } from '../../../../renderer/db/import';
import { handBuiltFile, type RecordSpec } from './fixtures';

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
  const summary = await importFiles([file], database);
  if (summary.added !== count) throw new Error(`expected ${count} new abstracts, got ${summary.added}`);
  const rows = await database.abstracts.where('captureHashes').equals(file.contentHash).toArray();
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
