import { escapeMarkdown, oneLine } from '../../rich-text/markdown-escape';
import { richTextToMarkdown } from '../../rich-text/to-markdown';
import type { ExportEntry } from '../types';
import type { VaultLinks } from './vault-links';
import { frontMatter } from './yaml';
import type { ExportAbstractNote, ExportHighlight, ExportLink } from './types';

/** What one abstract's file shows besides its record. */
export interface AbstractFileParts {
  highlights: readonly ExportHighlight[];
  note: ExportAbstractNote | undefined;
  outgoing: readonly ExportLink[];
  incoming: readonly ExportLink[];
}

/** Obsidian tags hold letters, digits, `_`, `-` and `/` (nesting); anything else would end the tag. */
export function obsidianTag(path: string): string {
  return path
    .split('/')
    .map((segment) => segment.trim().replace(/[^\p{L}\p{N}_-]+/gu, '-'))
    .filter((segment) => segment !== '')
    .join('/');
}

function dateOf(time: number): { date: string } {
  return { date: new Date(time).toISOString().slice(0, 10) };
}

function header(entry: ExportEntry): string {
  return frontMatter([
    ['title', entry.displayTitle],
    ['aliases', [entry.displayTitle]],
    ['authors', entry.authors],
    ['year', entry.year],
    ['doi', entry.doi],
    ['url', entry.url],
    ['venue', entry.venue],
    ['citekey', entry.citationKey],
    ['tags', [...new Set(entry.tags.map(obsidianTag).filter((tag) => tag !== ''))]],
    ['status', entry.status],
    ['starred', entry.starred],
    ['added', dateOf(entry.addedAt)],
  ]);
}

const COLOR_NAMES: Record<ExportHighlight['color'], string> = {
  yellow: 'Yellow',
  green: 'Green',
  blue: 'Blue',
  pink: 'Pink',
  purple: 'Purple',
};

function quoteLines(text: string): string {
  return escapeMarkdown(text.trim())
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\n');
}

function highlightBlock(highlight: ExportHighlight, links: VaultLinks): string {
  const where = highlight.state === 'orphaned' ? ' (no longer found in the text)' : '';
  const parts = [`> [!quote] ${COLOR_NAMES[highlight.color]} highlight${where}\n${quoteLines(highlight.selectors.quote.exact)}`];
  const comment = richTextToMarkdown(highlight.comment, (id, title) => links.titledLink(id, title));
  if (comment.trim() !== '') parts.push(comment);
  return parts.join('\n\n');
}

function linkLine(label: string, otherId: number, note: string, links: VaultLinks): string {
  const suffix = note.trim() === '' ? '' : `: ${escapeMarkdown(oneLine(note))}`;
  return `- ${escapeMarkdown(label)} ${links.link(otherId)}${suffix}`;
}

/** One abstract's Markdown file: front matter, title, abstract, highlights, note, links both ways. */
export function abstractFile(entry: ExportEntry, parts: AbstractFileParts, links: VaultLinks): string {
  const sections = [header(entry), `# ${escapeMarkdown(oneLine(entry.displayTitle))}`];
  if (entry.abstract.trim() !== '') sections.push(escapeMarkdown(entry.abstract.trim()));
  if (parts.highlights.length > 0) sections.push('## Highlights', ...parts.highlights.map((highlight) => highlightBlock(highlight, links)));
  const note = parts.note === undefined ? '' : richTextToMarkdown(parts.note, (id, title) => links.titledLink(id, title));
  if (note.trim() !== '') sections.push('## Note', note);
  if (parts.outgoing.length > 0) {
    sections.push('## Links', parts.outgoing.map((link) => linkLine(link.label, link.toId, link.note, links)).join('\n'));
  }
  if (parts.incoming.length > 0) {
    sections.push('## Backlinks', parts.incoming.map((link) => linkLine(link.inverseLabel, link.fromId, link.note, links)).join('\n'));
  }
  return `${sections.join('\n\n')}\n`;
}
