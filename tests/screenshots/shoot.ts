import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { FONTS_READY } from '../e2e/support/in-page';

export const SHOTS = join(__dirname, '..', '..', 'docs', 'screenshots');

/** Saves the page as `docs/screenshots/<name>-light.png` and `-dark.png`, fonts loaded. */
export async function shootLightAndDark(page: Page, name: string): Promise<void> {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.evaluate(FONTS_READY);
    await page.screenshot({ path: join(SHOTS, `${name}-${scheme}.png`) });
  }
}
