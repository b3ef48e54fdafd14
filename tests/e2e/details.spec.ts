import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { LibraryPage } from './pages/library-page';
import { ReaderPage } from './pages/reader-page';
import { SearchPage } from './pages/search-page';
import { expect, test } from './support/app-test';
import { CLIPBOARD_TEXT } from './support/in-page';
import { ENERGY_PROPAGATION, SEED_ABSTRACTS } from './support/seed-facts';

const DOI = '10.1109/tit.2017.2756880';
const VENUE = 'IEEE Transactions on Information Theory';
const KEY = 'Wiatowski2018Energy';
/** The key the seed import gave it: first author's family name and first title word (the capture has no year). */
const DEFAULT_KEY = 'wiatowskienergy';

test.beforeEach(async ({ page }) => {
  await new LibraryPage(page).open(SEED_ABSTRACTS);
});

async function seriousAxeProblems(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).include('[aria-label="Reader"]').analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

const EDIT = { DOI: 'https://doi.org/10.1109/TIT.2017.2756880', Venue: VENUE, Type: 'Journal article', 'Citation key': KEY };

test('Edit details sets DOI, venue, type and citation key, the reader lists them, and Undo takes them back', async ({ page }) => {
  const library = new LibraryPage(page);
  const reader = new ReaderPage(page);
  await library.openAbstract(ENERGY_PROPAGATION.title);
  // A bare capture lists its default citation key alone.
  await expect(reader.detail('Citation key')).toContainText(DEFAULT_KEY);
  await expect(reader.detail('Venue')).toHaveCount(0);

  await reader.editDetails(EDIT);
  await expect(reader.editButton).toBeFocused();
  await expect(page.getByText('Edited details', { exact: true })).toBeVisible();

  await expect(reader.detail('Type')).toHaveText('Journal article');
  await expect(reader.detail('Venue')).toHaveText(VENUE);
  await expect(reader.details.getByRole('link', { name: DOI })).toHaveAttribute('href', `https://doi.org/${DOI}`);
  await expect(reader.detail('Citation key')).toContainText(KEY);
  await expect(reader.details.getByRole('button', { name: 'Copy citation key' })).toBeVisible();
  await expect(reader.detail('arXiv')).toHaveCount(0);

  await page.keyboard.press('Control+z');
  await expect(page.getByText('Undone: Edited details')).toBeVisible();
  await expect(reader.detail('Venue')).toHaveCount(0);
  await expect(reader.detail('Citation key')).toContainText(DEFAULT_KEY);
  await page.keyboard.press('Control+Shift+z');
  await expect(reader.detail('Venue')).toHaveText(VENUE);
});

test('doi:, venue: and key: find the abstract by the details Edit details set, until Undo takes them back', async ({ page }) => {
  // Each query is typed key by key, as a user would, and answered on every keystroke.
  test.setTimeout(60_000);
  const library = new LibraryPage(page);
  const reader = new ReaderPage(page);
  const search = new SearchPage(page);
  await library.openAbstract(ENERGY_PROPAGATION.title);
  await reader.editDetails(EDIT);
  await expect(reader.detail('Venue')).toHaveText(VENUE);

  await search.search('doi:https://doi.org/10.1109/TIT.2017.2756880');
  await search.expectResults([ENERGY_PROPAGATION.title]);
  await search.search('venue:"information theory"');
  await search.expectResults([ENERGY_PROPAGATION.title]);
  await search.search('venue:ieee deep');
  await search.expectResults([ENERGY_PROPAGATION.title]);
  await search.search(`key:${KEY}`);
  await search.expectResults([ENERGY_PROPAGATION.title]);
  await search.search(`key:${KEY.toLowerCase()}`);
  await expect(search.results()).toHaveCount(0);
  await search.box.press('Escape');
  await expect(search.box).toHaveValue('');

  await library.list.focus();
  await page.keyboard.press('Control+z');
  await expect(reader.detail('Venue')).toHaveCount(0);
  await search.search(`doi:${DOI}`);
  await expect(search.results()).toHaveCount(0);
  await search.search('venue:information');
  await expect(search.results()).toHaveCount(0);
});

test('Edit details explains a DOI, arXiv ID or URL it cannot store, and saves nothing', async ({ page }) => {
  const library = new LibraryPage(page);
  const reader = new ReaderPage(page);
  await library.openAbstract(ENERGY_PROPAGATION.title);
  await reader.editButton.click();
  const alert = reader.region.getByRole('alert');

  await reader.fillDetails({ Venue: VENUE, DOI: '10.1109 TIT' });
  await reader.field('DOI').press('Enter');
  await expect(alert).toHaveText(/^This is not a DOI: “10\.1109 TIT”/);
  await expect(reader.field('DOI')).toHaveAttribute('aria-invalid', 'true');
  await expect(reader.field('DOI')).toHaveAccessibleDescription(/This is not a DOI/);

  await reader.fillDetails({ DOI: '', 'arXiv ID': 'arXiv:12' });
  await reader.field('arXiv ID').press('Enter');
  await expect(alert).toHaveText(/^This is not an arXiv ID: “arXiv:12”/);
  await expect(reader.field('DOI')).not.toHaveAttribute('aria-invalid', 'true');

  await reader.fillDetails({ 'arXiv ID': '', URL: 'javascript:alert(1)' });
  await reader.field('URL').press('Enter');
  await expect(alert).toHaveText(/^This is not a web address: “javascript:alert\(1\)”/);

  await reader.field('URL').press('Escape');
  await expect(reader.editForm).toHaveCount(0);
  await expect(reader.detail('Venue')).toHaveCount(0);
});

test('Edit details refuses a citation key another abstract has, naming it, and saves nothing', async ({ page }) => {
  const library = new LibraryPage(page);
  const reader = new ReaderPage(page);
  await library.openAbstract(ENERGY_PROPAGATION.title);
  await reader.editButton.click();
  await reader.fillDetails({ Venue: VENUE, 'Citation key': 'smithexploring' });
  await reader.field('Citation key').press('Enter');
  await expect(reader.region.getByRole('alert')).toHaveText(
    'The citation key “smithexploring” is already used by “Exploring loss function topology with cyclical learning rates”. Choose another key.',
  );
  await reader.field('Citation key').press('Escape');
  await expect(reader.detail('Citation key')).toContainText(DEFAULT_KEY);
  await expect(reader.detail('Venue')).toHaveCount(0);
});

test('Regenerate citation key gives the default key again, and Undo puts the edited one back', async ({ page }) => {
  const library = new LibraryPage(page);
  const reader = new ReaderPage(page);
  const search = new SearchPage(page);
  await library.openAbstract(ENERGY_PROPAGATION.title);
  await reader.editDetails({ Year: '2018', 'Citation key': KEY });
  await expect(reader.detail('Citation key')).toContainText(KEY);

  await reader.details.getByRole('button', { name: 'Regenerate citation key' }).click();
  await expect(page.getByText('Regenerated citation key', { exact: true })).toBeVisible();
  await expect(reader.detail('Citation key')).toContainText('wiatowski2018energy');
  await search.search('key:wiatowski2018energy');
  await search.expectResults([ENERGY_PROPAGATION.title]);
  await search.box.press('Escape');

  await library.list.focus();
  await page.keyboard.press('Control+z');
  await expect(page.getByText('Undone: Regenerated citation key')).toBeVisible();
  await expect(reader.detail('Citation key')).toContainText(KEY);
});

test('the arXiv ID and URL show as links that open outside the app, keywords as a list, and the citation key copies', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const library = new LibraryPage(page);
  const reader = new ReaderPage(page);
  await library.openAbstract(ENERGY_PROPAGATION.title);

  await reader.editDetails({ 'arXiv ID': 'arXiv:1612.05563v2', URL: 'https://example.org/energy', Keywords: 'scattering, wavelets,, scattering', 'Citation key': KEY });

  await expect(reader.details.getByRole('link', { name: '1612.05563' })).toHaveAttribute('href', 'https://arxiv.org/abs/1612.05563');
  await expect(reader.details.getByRole('link', { name: 'https://example.org/energy' })).toBeVisible();
  await expect(reader.detail('Keywords')).toHaveText('scattering, wavelets');
  await reader.details.getByRole('button', { name: 'Copy citation key' }).click();
  await expect(reader.details).toContainText('Copied');
  expect(await page.evaluate<string>(CLIPBOARD_TEXT)).toBe(KEY);

  // A link leaves through the host: a new browser window (answered here, so nothing leaves the machine), never this one.
  await context.route('https://arxiv.org/**', (route) => route.fulfill({ contentType: 'text/plain', body: 'arXiv' }));
  const popup = page.waitForEvent('popup');
  await reader.details.getByRole('link', { name: '1612.05563' }).click();
  expect((await popup).url()).toBe('https://arxiv.org/abs/1612.05563');
  await expect(reader.title).toHaveText(ENERGY_PROPAGATION.title);

  // The form opens with what was saved.
  await reader.editButton.click();
  await expect(reader.field('arXiv ID')).toHaveValue('1612.05563');
  await expect(reader.field('Keywords')).toHaveValue('scattering, wavelets');
  await expect(reader.typeSelect).toHaveValue('');
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds no serious problems in the Details list and the Edit details form (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    const reader = new ReaderPage(page);
    await new LibraryPage(page).openAbstract(ENERGY_PROPAGATION.title);
    await reader.editDetails({ DOI: DOI, 'arXiv ID': '1612.05563', Venue: VENUE, Type: 'Journal article', 'Citation key': KEY, Keywords: 'scattering' });
    await expect(reader.details).toBeVisible();
    expect(await seriousAxeProblems(page)).toEqual([]);

    await reader.editButton.click();
    await reader.field('URL').fill('ftp://example.org');
    await reader.field('URL').press('Enter');
    await expect(reader.region.getByRole('alert')).toBeVisible();
    expect(await seriousAxeProblems(page)).toEqual([]);
  });
}
