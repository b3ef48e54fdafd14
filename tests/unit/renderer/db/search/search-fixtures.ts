import type { LecternDB } from '../../../../../renderer/db/schema/database';
import { importFiles } from '../../../../../renderer/db/import/import';
import { SearchService } from '../../../../../renderer/db/search/search-service';
import type { IndexStatus } from '../../../../../shared/search/types';
import { handBuiltFile, type RecordSpec } from '../fixtures';

export const PAPERS = {
  cyclical: {
    title: 'Cyclical Learning Rates for Training Neural Networks',
    authors: ['Leslie N. Smith'],
    year: 2017,
    text: 'We let the learning rate cyclically vary between reasonable boundary values, improving classification accuracy.',
  },
  mentionsCyclical: {
    title: 'Warm restarts for stochastic gradient descent',
    authors: ['Ilya Loshchilov', 'Frank Hutter'],
    year: 2016,
    text: 'Restart techniques are common in gradient-free optimization; like cyclical learning schedules, rates are annealed.',
  },
  tropical: {
    title: 'Understanding Deep Neural Networks with Rectified Linear Units',
    authors: ['Raman Arora', 'Amitabh Basu'],
    year: 2018,
    text: 'We relate ReLU networks to zonotopes and tropical geometry, giving exponential lower bounds on depth.',
    truncated: true,
  },
  kernel: {
    title: 'Kernel methods match deep learning',
    authors: ['Mikhail Belkin'],
    year: 2019,
    text: 'Kernel machines interpolate noisy data yet generalise, as rates of deep networks do.',
  },
} satisfies Record<string, RecordSpec>;

export type PaperName = keyof typeof PAPERS;

/** Imports the papers through the app's import path; resolves to each one's id. */
export async function importPapers(database: LecternDB): Promise<Record<PaperName, number>> {
  const names = Object.keys(PAPERS) as PaperName[];
  await importFiles([await handBuiltFile('papers.txt', names.map((name) => PAPERS[name]))], database);
  const rows = await database.abstracts.toArray();
  const ids = {} as Record<PaperName, number>;
  for (const name of names) {
    const row = rows.find((candidate) => candidate.title === PAPERS[name].title);
    if (row === undefined) throw new Error(`${name} was not imported`);
    ids[name] = row.id;
  }
  return ids;
}

/** A started search service that records its statuses. */
export async function startService(database: LecternDB, saveDelayMs = 10): Promise<{ service: SearchService; statuses: IndexStatus[] }> {
  const statuses: IndexStatus[] = [];
  const service = new SearchService(database, { status: (status) => statuses.push(status), changed: () => undefined }, { saveDelayMs, buildBatch: 2 });
  await service.start();
  await service.flush();
  return { service, statuses };
}
