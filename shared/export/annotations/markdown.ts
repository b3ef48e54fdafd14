import { escapeMarkdown, oneLine } from '../../rich-text/markdown-escape';
import { richTextToMarkdown } from '../../rich-text/to-markdown';
import type { ExportHighlight, LibraryExportInput } from '../vault/types';
import { annotationsByAbstract, titlesOf } from './by-abstract';

type MentionText = (id: number, title: string) => string;

function highlightMarkdown(highlight: ExportHighlight, mentionAsText: MentionText): string {
  const where = highlight.state === 'orphaned' ? ', no longer found in the text' : '';
  const quote = escapeMarkdown(highlight.selectors.quote.exact.trim())
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\n');
  const comment = richTextToMarkdown(highlight.comment, mentionAsText);
  return [`${quote}\n>\n> — *${highlight.color}${where}*`, comment].filter((part) => part.trim() !== '').join('\n\n');
}

/**
 * Every highlight and note as one Markdown document, grouped by abstract (title, citation key,
 * authors), each highlight a quote with its colour and its comment in Markdown below it.
 */
export function annotationsMarkdown(input: LibraryExportInput, heading = 'Annotations'): string {
  const titleOf = titlesOf(input);
  const mentionAsText: MentionText = (id, title) => escapeMarkdown(oneLine(titleOf(id, title)));
  const sections = [`# ${escapeMarkdown(oneLine(heading))}`];
  for (const { entry, highlights, note } of annotationsByAbstract(input)) {
    const byline = [entry.authors.join(', '), entry.year === null ? '' : String(entry.year)].filter((part) => part !== '').join(', ');
    sections.push(`## ${escapeMarkdown(oneLine(entry.displayTitle))}`);
    sections.push(`\`${entry.citationKey.replace(/`/g, "'")}\`${byline === '' ? '' : ` · ${escapeMarkdown(byline)}`}`);
    sections.push(...highlights.map((highlight) => highlightMarkdown(highlight, mentionAsText)));
    const noteText = note === null ? '' : richTextToMarkdown(note, mentionAsText);
    if (noteText.trim() !== '') sections.push('### Note', noteText);
  }
  if (sections.length === 1) sections.push('_No highlights or notes._');
  return `${sections.join('\n\n')}\n`;
}
