import type { Locator } from '@playwright/test';
import { LibraryPage } from './pages/library-page';
import { expect, test } from './support/app-test';
import { SEED_ABSTRACTS } from './support/seed-facts';

/** Where each row sits on screen, and its title. */
async function rowLayout(list: Locator): Promise<{ title: string; box: unknown }[]> {
  const options = await list.getByRole('option').all();
  return Promise.all(
    options.slice(0, 6).map(async (option) => ({
      title: await option.locator('.abstract-option-title').innerText(),
      box: await option.boundingBox(),
    })),
  );
}

test('the newest rows show before the app has loaded, and the app takes their place without moving them', async ({ page }) => {
  const library = new LibraryPage(page);
  await library.open(SEED_ABSTRACTS);
  // Hold the app's chunk back on the next start: only the entry can draw the list meanwhile.
  let releaseApp = (): void => undefined;
  const appHeld = new Promise<void>((resolve) => (releaseApp = resolve));
  await page.route(/\/assets\/mount-[^/]*\.js$/, async (route) => {
    await appHeld;
    await route.continue();
  });
  await page.reload({ waitUntil: 'commit' });

  await expect(library.list).toHaveAttribute('aria-disabled', 'true');
  await expect(library.list).toHaveAttribute('aria-busy', 'true');
  await expect(library.sidebar).toHaveCount(0);
  const plain = await rowLayout(library.list);
  expect(plain.length).toBeGreaterThan(3);

  releaseApp();
  await expect(library.sidebar).toBeVisible();
  await expect(library.list).not.toHaveAttribute('aria-disabled', 'true');
  await expect(library.list).toHaveCount(1);
  expect(await rowLayout(library.list)).toEqual(plain);
});
