import { expect } from '@playwright/test';
import type { LibraryPage } from '../pages/library-page';
import type { ReaderPage } from '../pages/reader-page';
import { SEED_ABSTRACTS } from './seed-facts';

/** A preprint's abstract and its journal version's, reworded: the import keeps them apart, as two records. */
export const PREPRINT = {
  file: 'warmup-preprint.txt',
  text: 'Learning-rate warm-up is widely used when training transformers, yet its effect on small models is rarely measured. We train small transformers on three translation benchmarks and find that a linear warm-up over the first thousand steps removes the early loss spikes seen without it.',
  start: 'Learning-rate warm-up is widely used',
  details: { Title: 'Warm-up schedules for small transformers', Authors: 'Ana Silva', Year: '2020' },
};
export const JOURNAL = {
  file: 'warmup-journal.txt',
  text: 'How much does warm-up matter for small transformers? We train them on three translation benchmarks and show that a linear warm-up over the first thousand steps removes the early loss spikes seen without it, at no cost in final quality.',
  start: 'How much does warm-up matter',
  details: { Title: 'Warm-Up Schedules for Small Transformers', Authors: 'Ana Silva, Jo Lee', Year: '2021' },
};
export const TITLE = PREPRINT.details.Title;

/** Imports the two versions one after the other (the preprint is the older record) and fills in their details. */
export async function importBothVersions(library: LibraryPage, reader: ReaderPage): Promise<void> {
  for (const version of [PREPRINT, JOURNAL]) {
    await library.importThroughChooser({ name: version.file, mimeType: 'text/plain', buffer: Buffer.from(version.text) });
    await expect(library.status).toContainText(/^1 added/);
    await library.openAbstract(version.start);
    await reader.editDetails(version.details);
    await expect(reader.title.first()).toHaveText(version.details.Title);
  }
  await library.expectCount(SEED_ABSTRACTS + 2);
}
