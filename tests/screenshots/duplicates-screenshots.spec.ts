import { DuplicatesPage } from '../e2e/pages/duplicates-page';
import { LibraryPage } from '../e2e/pages/library-page';
import { ReaderPage } from '../e2e/pages/reader-page';
import { expect, test } from '../e2e/support/app-test';
import { SEED_ABSTRACTS } from '../e2e/support/seed-facts';
import { shootLightAndDark } from './shoot';

test.use({ viewport: { width: 1280, height: 800 } });

interface Version {
  file: string;
  text: string;
  details: { Title: string; Authors: string; Year: string };
  /** What a reference file would have brought; captures carry none, so the shot sets them. */
  bibliographic: { doi?: string; arxiv?: string; venue?: string };
}

const VERSIONS: Version[] = [
  {
    file: 'warmup-preprint.txt',
    text: 'Learning-rate warm-up is widely used when training transformers, yet its effect on small models is rarely measured. We train small transformers on three translation benchmarks and find that a linear warm-up over the first thousand steps removes the early loss spikes seen without it.',
    details: { Title: 'Warm-up schedules for small transformers', Authors: 'Ana Silva', Year: '2020' },
    bibliographic: { arxiv: '2010.04512' },
  },
  {
    file: 'warmup-journal.txt',
    text: 'How much does warm-up matter for small transformers? We train them on three translation benchmarks and show that a linear warm-up over the first thousand steps removes the early loss spikes seen without it, at no cost in final quality.',
    details: { Title: 'Warm-Up Schedules for Small Transformers', Authors: 'Ana Silva, Jo Lee', Year: '2021' },
    bibliographic: { doi: '10.5555/tmlr.2021.0142', venue: 'Transactions on Machine Learning Research' },
  },
  {
    file: 'implicit-bias-conference.txt',
    text: 'We examine gradient descent on unregularized logistic regression problems with homogeneous linear predictors on linearly separable datasets, and show that the predictor converges in direction to the max-margin solution.',
    details: { Title: 'The implicit bias of gradient descent on separable data', Authors: 'Daniel Soudry, Elad Hoffer, Nathan Srebro', Year: '2018' },
    bibliographic: { venue: 'International Conference on Learning Representations' },
  },
  {
    file: 'implicit-bias-journal.txt',
    text: 'Gradient descent on unregularized logistic regression with homogeneous linear predictors on separable data converges in direction to the hard-margin support vector machine solution, and we characterise how slowly this happens.',
    details: { Title: 'Implicit Bias of Gradient Descent on Separable Data', Authors: 'Daniel Soudry, Elad Hoffer, Mor Shpigel Nacson', Year: '2018' },
    bibliographic: { doi: '10.5555/jmlr.v19.18-188', venue: 'Journal of Machine Learning Research' },
  },
];

/** Sets identifiers and venue on the abstract with this title, in both rows that hold them (runs in the page). */
const PATCH_ROWS = `async ([title, patch]) => {
  const database = await new Promise((resolve, reject) => {
    const request = indexedDB.open(localStorage.getItem('lectern.database') ?? 'lectern');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const done = (request) => new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const tx = database.transaction(['abstracts', 'abstractKeys'], 'readwrite');
  const rows = await done(tx.objectStore('abstracts').getAll());
  const row = rows.find((candidate) => candidate.title === title);
  await done(tx.objectStore('abstracts').put({ ...row, ...patch }));
  const keys = await done(tx.objectStore('abstractKeys').get(row.id));
  await done(tx.objectStore('abstractKeys').put({ ...keys, doi: patch.doi ?? null, arxiv: patch.arxiv ?? null }));
  database.close();
}`;

async function addVersion(library: LibraryPage, reader: ReaderPage, version: Version): Promise<void> {
  await library.importThroughChooser({ name: version.file, mimeType: 'text/plain', buffer: Buffer.from(version.text) });
  await expect(library.status).toContainText(/^1 added/);
  await library.openAbstract(version.text.slice(0, 30));
  await reader.editDetails(version.details);
  await expect(reader.title.first()).toHaveText(version.details.Title);
}

test('screenshots for the README: Possible duplicates and the Merge duplicates dialog, light and dark', async ({ page }) => {
  const library = new LibraryPage(page);
  const reader = new ReaderPage(page);
  const duplicates = new DuplicatesPage(page);
  await page.emulateMedia({ colorScheme: 'light' });
  await library.open(SEED_ABSTRACTS);
  for (const version of VERSIONS) await addVersion(library, reader, version);
  for (const version of VERSIONS) await page.evaluate(`(${PATCH_ROWS})(${JSON.stringify([version.details.Title, version.bibliographic])})`);
  await page.reload();
  await library.expectCount(SEED_ABSTRACTS + VERSIONS.length);

  await duplicates.open(2);
  await expect(duplicates.pairs).toHaveCount(2);
  await expect(page.getByText('Transactions on Machine Learning Research')).toBeVisible();
  await page.mouse.move(0, 0);
  await shootLightAndDark(page, 'duplicates');

  await page.emulateMedia({ colorScheme: 'light' });
  await duplicates.pair('Warm-up schedules for small transformers').getByRole('button', { name: 'Merge', exact: true }).click();
  await expect(duplicates.field('Abstract')).toBeVisible();
  await duplicates.field('Year').getByRole('radio', { name: '2021', exact: true }).check();
  await shootLightAndDark(page, 'merge-duplicates');
});
