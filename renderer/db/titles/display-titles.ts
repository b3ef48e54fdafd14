import { displayTitle } from '../../../shared/text/display-title';
import type { LecternDB } from '../schema/database';

/** Rows per read: small, so each read's rows arrive (are cloned onto the page) well within a frame. */
const BATCH = 100;

/**
 * The display titles of `ids` (those still in the library). Reads the abstracts' stored rows, which
 * hold the title but not the text, and the text only of the abstracts without a title, whose display
 * title is the start of their text. Awaits what `pause` returns after each batch.
 */
export async function readDisplayTitles(
  database: LecternDB,
  ids: readonly number[],
  pause: () => Promise<void> | undefined = () => undefined,
): Promise<Map<number, string>> {
  const titles = new Map<number, string>();
  for (let from = 0; from < ids.length; from += BATCH) {
    const batch = ids.slice(from, from + BATCH);
    const rows = await database.abstracts.bulkGet(batch);
    const untitled: number[] = [];
    for (const row of rows) {
      if (row === undefined) continue;
      const title = displayTitle({ title: row.title, text: '' });
      if (row.title?.trim()) titles.set(row.id, title);
      else untitled.push(row.id);
    }
    const texts = await database.abstractTexts.bulkGet(untitled);
    texts.forEach((text, index) => {
      const id = untitled[index];
      if (id !== undefined) titles.set(id, displayTitle({ title: null, text: text?.display.text ?? '' }));
    });
    await pause();
  }
  return titles;
}
