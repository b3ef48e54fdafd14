import AxeBuilder from '@axe-core/playwright';
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { ExportDialogPage } from './pages/export-dialog';
import { LibraryPage } from './pages/library-page';
import { PrismaDialogPage } from './pages/prisma-dialog';
import { ReviewsPage, type NewReview } from './pages/reviews-page';
import { expect, test } from './support/app-test';
import { SEED_ABSTRACTS } from './support/seed-facts';

const REVIEW: NewReview = {
  name: 'Depth & <width> in nets',
  question: 'Does depth beat width?',
  inclusion: ['Compares depth and width'],
  exclusion: ['Not about neural networks', 'No theory or experiment'],
  includeKeywords: 'depth, width',
  excludeKeywords: 'survey',
};

function today(): string {
  const now = new Date();
  return [now.getFullYear(), now.getMonth() + 1, now.getDate()].map((part) => String(part).padStart(2, '0')).join('-');
}

/** Presses each decision's keys in screening mode, waiting for the count to move, then goes back to the review. */
async function screen(page: Page, reviews: ReviewsPage, total: number, decisions: string[][]): Promise<void> {
  await reviews.expectScreening(0, total);
  for (const [index, keys] of decisions.entries()) {
    // Keys act on the record on screen: wait for the next one before deciding again.
    const title = await reviews.recordHeading.innerText();
    for (const key of keys) await page.keyboard.press(key);
    await reviews.expectScreening(index + 1, total);
    if (index + 1 < decisions.length) await expect(reviews.recordHeading).not.toHaveText(title);
  }
  await reviews.screening.getByRole('button', { name: 'Back to the review' }).first().click();
  await expect(reviews.reviewHeading(REVIEW.name)).toBeVisible();
}

test('the PRISMA diagram counts the screening, downloads as SVG and CSV, and exports the included study', async ({ page }) => {
  test.setTimeout(120_000);
  const library = new LibraryPage(page);
  const reviews = new ReviewsPage(page);
  const prisma = new PrismaDialogPage(page);
  await library.open(SEED_ABSTRACTS);
  await reviews.open();
  await reviews.create(REVIEW, SEED_ABSTRACTS);

  // Stage 1: include two, exclude one for each reason, one maybe. Stage 2: include one, leave one.
  await reviews.main.getByRole('button', { name: 'Start screening' }).click();
  await screen(page, reviews, SEED_ABSTRACTS, [['i'], ['i'], ['e', '1'], ['e', '2'], ['m']]);
  await reviews.main.getByRole('button', { name: 'Start full-text screening' }).click();
  await screen(page, reviews, 2, [['i']]);

  await prisma.open();
  await expect(prisma.dialog).toContainText(REVIEW.name);
  await expect(prisma.diagram).toBeVisible();
  // The picture really loaded (the page's CSP blocks some image URLs): the SVG's own width.
  await expect(prisma.diagram).toHaveJSProperty('naturalWidth', 786);
  const identified = Number(await prisma.count('Records identified (total)').innerText());
  await expect(prisma.count('Duplicate records removed')).toHaveText(String(identified - SEED_ABSTRACTS));
  const expected: [string, number][] = [
    ['Records screened', 4],
    ['Records excluded', 2],
    ['Records excluded: E1 Not about neural networks', 1],
    ['Records excluded: E2 No theory or experiment', 1],
    ['Records awaiting screening: marked maybe', 1],
    ['Records awaiting screening: not yet screened', SEED_ABSTRACTS - 5],
    ['Reports sought for retrieval', 2],
    ['Reports not retrieved', 0],
    ['Reports assessed for eligibility', 1],
    ['Reports excluded', 0],
    ['Reports awaiting assessment: not yet assessed', 1],
    ['Studies included in review', 1],
  ];
  for (const [item, count] of expected) await expect(prisma.count(item), item).toHaveText(String(count));
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const results = await new AxeBuilder({ page }).include('dialog').analyze();
    const serious = results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical').map((violation) => violation.id);
    expect(serious, `axe in ${colorScheme}`).toEqual([]);
  }

  const svgDownload = await prisma.download('SVG');
  expect(svgDownload.suggestedFilename()).toBe(`prisma-depth-width-in-nets-${today()}.svg`);
  const svg = await readFile(await svgDownload.path(), 'utf8');
  // The unit tests parse the SVG strictly; here: the user's text escaped, and the counts the table shows.
  expect(svg).toContain('Depth &amp; &lt;width&gt; in nets');
  expect(svg).toContain('Records screened (n\u00a0=\u00a04)');
  expect(svg).toContain('Studies included in review (n\u00a0=\u00a01)');
  await expect(prisma.dialog.getByRole('status')).toHaveText(`Saved prisma-depth-width-in-nets-${today()}.svg`);

  const csvDownload = await prisma.download('CSV');
  expect(csvDownload.suggestedFilename()).toBe(`prisma-depth-width-in-nets-${today()}.csv`);
  const csv = await readFile(await csvDownload.path(), 'utf8');
  expect(csv.split('\r\n')).toContain('"included","Studies included in review",1');

  // Export included… opens the Export dialog on the one included study.
  await prisma.dialog.getByRole('button', { name: 'Export included…' }).click();
  const exporter = new ExportDialogPage(page);
  await expect(exporter.dialog).toBeVisible();
  await expect(exporter.scope.getByRole('option', { selected: true })).toHaveText('Included studies (1)');
  await exporter.format.selectOption({ label: 'BibTeX' });
  const [bib] = await Promise.all([page.waitForEvent('download'), exporter.exportButton.click()]);
  expect(bib.suggestedFilename()).toBe(`lectern-included-depth-width-in-nets-${today()}.bib`);
  const entries = (await readFile(await bib.path(), 'utf8')).match(/^@\w+\{/gmu) ?? [];
  expect(entries).toHaveLength(1);
  await expect(prisma.dialog).toBeVisible();

  await prisma.dialog.getByRole('button', { name: 'Close' }).click();
  await expect(prisma.dialog).toBeHidden();
});
