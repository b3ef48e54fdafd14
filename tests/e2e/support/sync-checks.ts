import { expect, type Page } from '@playwright/test';
import { AnnotationsPage } from '../pages/annotations-page';
import { TagsPage } from '../pages/tags-page';
import { userLayerOf } from './library-by-uid';
import { LINEAR_TEACHERS } from './seed-facts';

/** The promise: a connected device shows the other's work within 5 s. */
export const VISIBLE_WITHIN_MS = 5_000;

/** Chromium logs each refused socket as a console error while the server is down: the browser's line, not the app's. */
export const refusedSocketLine = (port: number): RegExp =>
  new RegExp(`^console: WebSocket connection to 'ws://127\\.0\\.0\\.1:${port}/' failed`);

/** Table for table, by uid, the two devices' libraries are the same. */
export async function sameLibraries(one: Page, other: Page): Promise<boolean> {
  return JSON.stringify(await userLayerOf(one)) === JSON.stringify(await userLayerOf(other));
}

/**
 * The laptop, open on the abstract, shows the tag, the highlight of its first words and the note the desktop made
 * there within 5 s; a tag added on the laptop reaches the desktop as fast; then both libraries are the same.
 */
export async function expectWorkSharedBothWays(desktop: Page, laptop: Page, work: { tag: string; note: string }): Promise<void> {
  const onLaptop = new AnnotationsPage(laptop);
  await expect(new TagsPage(laptop).removeChip(work.tag)).toBeVisible({ timeout: VISIBLE_WITHIN_MS });
  await expect(onLaptop.marks()).toHaveText(LINEAR_TEACHERS.textStart, { timeout: VISIBLE_WITHIN_MS });
  await expect(onLaptop.note).toContainText(work.note, { timeout: VISIBLE_WITHIN_MS });
  await new TagsPage(laptop).add('to-discuss');
  await expect(new TagsPage(desktop).removeChip('to-discuss')).toBeVisible({ timeout: VISIBLE_WITHIN_MS });
  await expect.poll(() => sameLibraries(laptop, desktop)).toBe(true);
}

/** On the abstract open in the reader: the tag, a highlight of its first words and the note. */
export async function tagHighlightAndNote(page: Page, work: { tag: string; note: string }): Promise<void> {
  const annotations = new AnnotationsPage(page);
  await new TagsPage(page).add(work.tag);
  await annotations.highlight(LINEAR_TEACHERS.textStart);
  await annotations.note.click();
  await page.keyboard.type(work.note);
  await expect(annotations.note).toContainText(work.note);
}
