import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { LibraryPage } from './pages/library-page';
import { LinksPage } from './pages/links-page';
import { ReaderPage } from './pages/reader-page';
import { expect, test } from './support/app-test';
import { ARORA_START, ENERGY_PROPAGATION, LINEAR_TEACHERS, SEED_ABSTRACTS } from './support/seed-facts';

test.beforeEach(async ({ page }) => {
  await new LibraryPage(page).open(SEED_ABSTRACTS);
});

test('a "supports" link shows in Links on its source and as "supported by" in Backlinks on its target', async ({ page }) => {
  const library = new LibraryPage(page);
  const reader = new ReaderPage(page);
  const links = new LinksPage(page);
  await library.openAbstract(LINEAR_TEACHERS.title);
  await expect(links.links).toContainText('No links yet');

  await links.linkTo(ENERGY_PROPAGATION.title, 'supports', 'same kind of bound');
  await expect(links.dialog).toHaveCount(0);
  const supports = links.group(links.links, 'supports');
  await expect(links.linkedAbstract(supports, ENERGY_PROPAGATION.title)).toContainText('same kind of bound');

  // Clicking the link opens its target, whose Backlinks read the other way round.
  await links.linkedAbstract(supports, ENERGY_PROPAGATION.title).click();
  await expect(reader.title).toHaveText(ENERGY_PROPAGATION.title);
  const supportedBy = links.group(links.backlinks, 'supported by');
  await expect(links.linkedAbstract(supportedBy, LINEAR_TEACHERS.title)).toBeVisible();
  await expect(links.group(links.links, 'supports')).toHaveCount(0);

  await links.linkedAbstract(supportedBy, LINEAR_TEACHERS.title).click();
  await expect(reader.title).toHaveText(LINEAR_TEACHERS.title);
});

test('the same link cannot be made twice, and a removed link comes back with Undo', async ({ page }) => {
  const library = new LibraryPage(page);
  const links = new LinksPage(page);
  await library.openAbstract(LINEAR_TEACHERS.title);
  await links.linkTo(ENERGY_PROPAGATION.title, 'supports');
  const supports = links.group(links.links, 'supports');
  await expect(links.linkedAbstract(supports, ENERGY_PROPAGATION.title)).toBeVisible();

  await links.linkTo(ENERGY_PROPAGATION.title, 'supports');
  await expect(links.dialog.getByRole('alert')).toHaveText('These two abstracts are already linked with that type.');
  await links.dialog.getByRole('button', { name: 'Cancel', exact: true }).click();

  await links.removeButton(ENERGY_PROPAGATION.title).click();
  await expect(supports).toHaveCount(0);
  await expect(page.getByText(`Removed link to “${ENERGY_PROPAGATION.title}”`)).toBeVisible();
  await links.undoButton.click();
  await expect(links.linkedAbstract(supports, ENERGY_PROPAGATION.title)).toBeVisible();
});

test('the first-run import links each page\'s abstracts "on the same page", and they can be hidden', async ({ page }) => {
  const library = new LibraryPage(page);
  const links = new LinksPage(page);
  await library.openAbstract(LINEAR_TEACHERS.title);
  // Apart from the user's links: Links still says there are none of those.
  await expect(links.links).toContainText('No links yet');
  await expect(links.linkedAbstract(links.samePage, ARORA_START)).toBeVisible();

  await links.samePage.getByRole('button', { name: 'Hide same-page links' }).click();
  await expect(links.linkedAbstract(links.samePage, ARORA_START)).toHaveCount(0);
  // Remembered across abstracts and reloads.
  await library.openAbstract(ARORA_START);
  await expect(links.samePage.getByRole('button', { name: /^Show 1 same-page link/ })).toBeVisible();
  await page.reload();
  await library.openAbstract(LINEAR_TEACHERS.title);
  await links.samePage.getByRole('button', { name: /^Show \d+ same-page links/ }).click();
  await expect(links.linkedAbstract(links.samePage, ARORA_START)).toBeVisible();

  // The related abstract lists the page's main abstract the same way.
  await links.linkedAbstract(links.samePage, ARORA_START).click();
  await expect(links.linkedAbstract(links.samePage, LINEAR_TEACHERS.title)).toBeVisible();
});

test('the Link to… dialog works from the keyboard alone', async ({ page }) => {
  const library = new LibraryPage(page);
  const links = new LinksPage(page);
  await library.openAbstract(LINEAR_TEACHERS.title);

  await links.linkToButton.focus();
  await page.keyboard.press('Enter');
  await expect(links.dialog).toBeVisible();
  await expect(links.search).toBeFocused();
  await page.keyboard.type('energy propag');
  await expect(links.option(ENERGY_PROPAGATION.title)).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowUp');
  await expect(links.search).toHaveAttribute('aria-activedescendant', (await links.option(ENERGY_PROPAGATION.title).getAttribute('id')) ?? '');
  await page.keyboard.press('Enter');
  await expect(links.option(ENERGY_PROPAGATION.title)).toHaveAttribute('aria-selected', 'true');
  // Focus moves to the type; arrows choose it, Enter makes the link.
  await expect(links.linkType('related')).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(links.linkType('contradicts')).toBeChecked();
  await page.keyboard.press('Enter');
  await expect(links.dialog).toHaveCount(0);
  await expect(links.linkedAbstract(links.group(links.links, 'contradicts'), ENERGY_PROPAGATION.title)).toBeVisible();

  // Escape closes the dialog without linking.
  await links.linkToButton.focus();
  await page.keyboard.press('Enter');
  await expect(links.dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(links.dialog).toHaveCount(0);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds no serious problems in Links, Backlinks and the dialog (${colorScheme})`, async ({ page }, testInfo) => {
    // axe is slow on a busy two-core machine.
    test.setTimeout(120_000);
    await page.emulateMedia({ colorScheme });
    const library = new LibraryPage(page);
    const links = new LinksPage(page);
    await library.openAbstract(LINEAR_TEACHERS.title);
    await links.linkTo(ENERGY_PROPAGATION.title, 'extends', 'builds on its energy bound');
    await links.linkedAbstract(links.group(links.links, 'extends'), ENERGY_PROPAGATION.title).click();
    await links.linkTo(LINEAR_TEACHERS.title, 'cites');
    await expect(links.group(links.backlinks, 'extended by')).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await links.links.screenshot({ path: testInfo.outputPath(`links-${colorScheme}.png`) });
    await links.backlinks.screenshot({ path: testInfo.outputPath(`backlinks-${colorScheme}.png`) });

    await links.linkToButton.click();
    await links.search.fill('neural');
    await links.dialog.getByRole('button', { name: 'New link type…' }).click();
    expect(await seriousViolations(page)).toEqual([]);
    await links.dialog.screenshot({ path: testInfo.outputPath(`dialog-${colorScheme}.png`) });
  });
}

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`);
}
