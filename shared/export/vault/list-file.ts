import { escapeMarkdown, oneLine } from '../../rich-text/markdown-escape';
import type { VaultLinks } from './vault-links';
import type { ExportReadingList } from './types';

function byline(authors: readonly string[], year: number | null): string {
  const parts = [authors.join(', '), year === null ? '' : String(year)].filter((part) => part !== '');
  return parts.length === 0 ? '' : ` — ${escapeMarkdown(parts.join(', '))}`;
}

/**
 * A reading list in its order: a numbered item per abstract, checked once read, linking to the
 * abstract's file, with the item's note quoted below it.
 */
export function listFile(list: ExportReadingList, links: VaultLinks): string {
  const lines = [`# ${escapeMarkdown(oneLine(list.name))}`, ''];
  list.items.forEach((item, index) => {
    const entry = links.entry(item.abstractId);
    const box = entry === undefined ? '' : `[${entry.status === 'read' ? 'x' : ' '}] `;
    const rest = entry === undefined ? '' : byline(entry.authors, entry.year);
    lines.push(`${index + 1}. ${box}${links.titledLink(item.abstractId)}${rest}`);
    if (item.note.trim() !== '') lines.push(...item.note.trim().split('\n').map((line) => `    > ${escapeMarkdown(line)}`));
  });
  if (list.items.length === 0) lines.push('_This list is empty._');
  return `${lines.join('\n')}\n`;
}
