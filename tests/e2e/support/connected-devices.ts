import type { Browser, Page } from '@playwright/test';
import { LibraryPage } from '../pages/library-page';
import { SyncDialog } from '../pages/sync-dialog';
import { anotherDevice } from './another-device';
import { SEED_ABSTRACTS } from './seed-facts';

/**
 * The test's page, with the seeds, creates a library token and connects to `address`; a second device (the laptop,
 * returned) connects with that token to `laptopAddress`, the same server unless another instance is given.
 */
export async function connectLaptop(page: Page, browser: Browser, address: string, laptopAddress: string = address): Promise<Page> {
  await new LibraryPage(page).open(SEED_ABSTRACTS);
  const token = await new SyncDialog(page).connectTo(address, null);
  const laptop = await anotherDevice(browser);
  await new SyncDialog(laptop).connectTo(laptopAddress, token);
  return laptop;
}
