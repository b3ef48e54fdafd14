import { DuplicatesPage } from '../e2e/pages/duplicates-page';
import { LibraryPage } from '../e2e/pages/library-page';
import { expect, test } from '../e2e/support/app-test';
import { SEED_ABSTRACTS } from '../e2e/support/seed-facts';
import { shootLightAndDark } from './shoot';

test.use({ viewport: { width: 1280, height: 800 } });

/** Two papers, each exported twice (a preprint or conference version, then the journal's): near matches the import leaves apart. */
const REFERENCES = String.raw`
@article{silva2020warmup,
  title = {Warm-up schedules for small transformers},
  author = {Silva, Ana},
  year = {2020},
  eprint = {2010.04512},
  archivePrefix = {arXiv},
  abstract = {Learning-rate warm-up is widely used when training transformers, yet its effect on small models is rarely measured. We train small transformers on three translation benchmarks and find that a linear warm-up over the first thousand steps removes the early loss spikes seen without it.}
}

@article{silva2021warmup,
  title = {Warm-Up Schedules for Small Transformers},
  author = {Silva, Ana and Lee, Jo},
  journal = {Transactions on Machine Learning Research},
  year = {2021},
  doi = {10.5555/tmlr.2021.0142},
  abstract = {How much does warm-up matter for small transformers? We train them on three translation benchmarks and show that a linear warm-up over the first thousand steps removes the early loss spikes seen without it, at no cost in final quality.}
}

@inproceedings{soudry2018iclr,
  title = {The implicit bias of gradient descent on separable data},
  author = {Soudry, Daniel and Hoffer, Elad and Srebro, Nathan},
  booktitle = {International Conference on Learning Representations},
  year = {2018},
  abstract = {We examine gradient descent on unregularized logistic regression problems with homogeneous linear predictors on linearly separable datasets, and show that the predictor converges in direction to the max-margin solution.}
}

@article{soudry2018jmlr,
  title = {Implicit Bias of Gradient Descent on Separable Data},
  author = {Soudry, Daniel and Hoffer, Elad and Nacson, Mor Shpigel and Gunasekar, Suriya and Srebro, Nathan},
  journal = {Journal of Machine Learning Research},
  year = {2018},
  doi = {10.5555/jmlr.v19.18-188},
  abstract = {Gradient descent on unregularized logistic regression with homogeneous linear predictors on separable data converges in direction to the hard-margin support vector machine solution, and we characterise how slowly this happens.}
}
`;

test('screenshots for the README: Possible duplicates and the Merge duplicates dialog, light and dark', async ({ page }) => {
  const library = new LibraryPage(page);
  const duplicates = new DuplicatesPage(page);
  await page.emulateMedia({ colorScheme: 'light' });
  await library.open(SEED_ABSTRACTS);
  await library.importThroughChooser({ name: 'thesis-references.bib', mimeType: 'text/plain', buffer: Buffer.from(REFERENCES) });
  await expect(library.status).toHaveText(/^4 added/);
  await page.getByRole('button', { name: 'Dismiss' }).click();

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
