import type { Browser, Page } from '@playwright/test';
import { LibraryPage } from '../pages/library-page';
import { SEED_ABSTRACTS } from './seed-facts';

/** Another device: a browser profile of its own (its own IndexedDB), with the seeds imported on first run. */
export async function anotherDevice(browser: Browser): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await new LibraryPage(page).open(SEED_ABSTRACTS);
  return page;
}
