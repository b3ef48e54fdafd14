import { displayTitle } from '../../../shared/text/display-title';
import { bulkGetAbstracts } from '../abstracts/records';
import { db as appDb, type LecternDB } from '../schema/database';
import { orderedItems } from './lists';
import type { AbstractRow } from '../schema/row-types';

/** Markdown treats these as syntax at the start of a line or inside text; escaped, they stay text. */
function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>#|]/gu, (char) => `\\${char}`);
}

function byline(row: AbstractRow): string {
  const parts = [row.authors.join(', '), row.year === null ? '' : String(row.year)].filter((part) => part !== '');
  return parts.length === 0 ? '' : ` — ${escapeMarkdown(parts.join(', '))}`;
}

/**
 * A reading list as Markdown: `# name`, then one numbered item per abstract in list order with a
 * checkbox ([x] once read), its display title, authors and year, and the item's note below it.
 */
export async function exportListMarkdown(listId: number, database: LecternDB = appDb): Promise<string> {
  const list = await database.lists.get(listId);
  if (list === undefined) throw new Error(`Reading list ${listId} does not exist.`);
  const items = await orderedItems(listId, database);
  const rows = await bulkGetAbstracts(items.map((item) => item.abstractId), database);
  const lines = [`# ${escapeMarkdown(list.name)}`, ''];
  let number = 0;
  items.forEach((item, index) => {
    const row = rows[index];
    if (row === undefined) return;
    number += 1;
    const title = displayTitle({ title: row.title, text: row.display.text });
    lines.push(`${number}. [${row.status === 'read' ? 'x' : ' '}] ${escapeMarkdown(title)}${byline(row)}`);
    if (item.note !== '') lines.push(...item.note.split('\n').map((line) => `   > ${escapeMarkdown(line)}`));
  });
  if (number === 0) lines.push('_This list is empty._');
  return `${lines.join('\n')}\n`;
}
