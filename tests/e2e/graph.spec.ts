import AxeBuilder from '@axe-core/playwright';
import { GraphPage } from './pages/graph-page';
import { LibraryPage } from './pages/library-page';
import { LinksPage } from './pages/links-page';
import { ReaderPage } from './pages/reader-page';
import { expect, test } from './support/app-test';
import { ENERGY_PROPAGATION, LINEAR_TEACHERS, SEED_ABSTRACTS } from './support/seed-facts';

test.beforeEach(async ({ page }) => {
  // Camera moves and the layout then land at once, so the node Find centres stays put for the click.
  await page.emulateMedia({ reducedMotion: 'reduce' });
});

test('the graph shows the 26 seed abstracts, and clicking a node opens it in the reader', async ({ page }) => {
  const library = new LibraryPage(page);
  const reader = new ReaderPage(page);
  const graph = new GraphPage(page);
  await library.open(SEED_ABSTRACTS);

  await graph.open();
  expect((await graph.counts()).abstracts).toBe(SEED_ABSTRACTS);
  await expect(graph.region.locator('canvas').first()).toBeVisible();
  await expect(library.list).toBeHidden();

  await graph.findAndCentre(ENERGY_PROPAGATION.title);
  await graph.clickCentre();

  await expect(graph.region).toBeHidden();
  await expect(reader.title).toHaveText(ENERGY_PROPAGATION.title);
  await expect(library.list).toBeVisible();
});

test('the keyboard pans and zooms the focused graph, and Enter opens the abstract found', async ({ page }) => {
  const library = new LibraryPage(page);
  const reader = new ReaderPage(page);
  const graph = new GraphPage(page);
  await library.open(SEED_ABSTRACTS);
  await graph.open();

  await graph.findAndCentre(LINEAR_TEACHERS.title);
  await graph.region.focus();
  for (const key of ['ArrowLeft', 'ArrowUp', '+', '-', '0']) await page.keyboard.press(key);
  await expect(graph.region).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(reader.title).toHaveText(LINEAR_TEACHERS.title);
});

test('filters narrow the graph: link types, and the open abstract’s neighbourhood', async ({ page }) => {
  const library = new LibraryPage(page);
  const graph = new GraphPage(page);
  await library.open(SEED_ABSTRACTS);
  await library.option(LINEAR_TEACHERS.title).click();
  await graph.open();

  const all = await graph.counts();
  expect(all.links).toBeGreaterThan(0);
  const samePage = graph.linkType('on the same page');
  await samePage.uncheck();
  await expect.poll(async () => (await graph.counts()).links).toBeLessThan(all.links);
  expect((await graph.counts()).abstracts).toBe(SEED_ABSTRACTS);
  await samePage.check();
  await expect.poll(async () => (await graph.counts()).links).toBe(all.links);

  await graph.neighbourhood.selectOption({ label: '1 hop from the open abstract' });
  await expect.poll(async () => (await graph.counts()).abstracts).toBeLessThan(SEED_ABSTRACTS);
  const near = await graph.counts();
  expect(near.abstracts).toBeGreaterThanOrEqual(1);
  await graph.neighbourhood.selectOption({ label: 'Whole library' });
  await expect.poll(async () => (await graph.counts()).abstracts).toBe(SEED_ABSTRACTS);
});

/** `count` distinct abstracts as a CSV; the first `tagged` carry the keyword "graph cap". */
function syntheticCsv(count: number, tagged: number): Buffer {
  const rows = Array.from({ length: count }, (_, index) => {
    const n = index + 1;
    return `"Synthetic study ${n} of drawing limits","We report finding number ${n} about limit ${n * 7} in sparse graphs.",${index < tagged ? 'graph cap' : ''}`;
  });
  return Buffer.from(['Title,Abstract,Keywords', ...rows].join('\n'));
}

test('above the Draw limit the graph says how many it draws of how many, and a filter under the limit draws all', async ({ page }) => {
  test.setTimeout(90_000);
  const library = new LibraryPage(page);
  const graph = new GraphPage(page);
  await library.open(SEED_ABSTRACTS);
  await library.importThroughChooser({ name: 'many.csv', mimeType: 'text/csv', buffer: syntheticCsv(520, 12) });
  const total = SEED_ABSTRACTS + 520;
  await library.expectCount(total);
  await graph.open();
  await expect(graph.capNote).toBeHidden();

  await graph.draw.selectOption({ label: 'The 500 most linked' });
  await expect(graph.capNote).toHaveText(`Showing the 500 most linked of ${total.toLocaleString('en-US')}. Filter by tag or neighbourhood, or find an abstract, to see others.`);
  // The counts are the filter's, not the drawing's.
  expect((await graph.counts()).abstracts).toBe(total);

  await graph.tag.selectOption({ label: 'graph cap' });
  await expect.poll(async () => (await graph.counts()).abstracts).toBe(12);
  await expect(graph.capNote).toBeHidden();

  await graph.tag.selectOption({ label: 'Any tag' });
  await expect(graph.capNote).toBeVisible();
  await graph.draw.selectOption({ label: 'Every abstract (slow above 10,000)' });
  await expect(graph.capNote).toBeHidden();
  expect((await graph.counts()).abstracts).toBe(total);
});

test('a node’s title follows a rename made in another window while the graph is open', async ({ page, context }) => {
  const library = new LibraryPage(page);
  const graph = new GraphPage(page);
  await library.open(SEED_ABSTRACTS);
  await graph.open();
  await graph.findAndCentre(ENERGY_PROPAGATION.title);
  await expect(page.getByRole('button', { name: `Open ${ENERGY_PROPAGATION.title}` })).toBeVisible();

  const other = await context.newPage();
  const otherLibrary = new LibraryPage(other);
  const otherReader = new ReaderPage(other);
  await otherLibrary.open(SEED_ABSTRACTS);
  await otherLibrary.openAbstract(ENERGY_PROPAGATION.title);
  const renamed = 'Energy flow through deep scattering networks';
  await otherReader.editDetails({ Title: renamed });
  await expect(otherReader.title).toHaveText(renamed);

  await expect(page.getByRole('button', { name: `Open ${renamed}` })).toBeVisible();
  await other.close();
});

test('a link made, removed and brought back with Undo in another window shows in the open graph', async ({ page, context }) => {
  const library = new LibraryPage(page);
  const graph = new GraphPage(page);
  await library.open(SEED_ABSTRACTS);
  await graph.open();
  const before = await graph.counts();
  await expect(graph.linkType('supports')).toHaveCount(0);

  const other = await context.newPage();
  const otherLibrary = new LibraryPage(other);
  const links = new LinksPage(other);
  await otherLibrary.open(SEED_ABSTRACTS);
  await otherLibrary.openAbstract(LINEAR_TEACHERS.title);
  await links.linkTo(ENERGY_PROPAGATION.title, 'supports');
  await expect.poll(async () => (await graph.counts()).links).toBe(before.links + 1);
  await expect(graph.linkType('supports')).toBeVisible();

  await links.removeButton(ENERGY_PROPAGATION.title).click();
  await expect.poll(async () => (await graph.counts()).links).toBe(before.links);
  await links.undoButton.click();
  await expect.poll(async () => (await graph.counts()).links).toBe(before.links + 1);
  await other.close();
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds no serious problems in the graph view (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    const library = new LibraryPage(page);
    const graph = new GraphPage(page);
    await library.open(SEED_ABSTRACTS);
    await graph.open();
    await graph.find.fill('Energy');
    await expect(graph.matches).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
    expect(serious).toEqual([]);
  });
}
