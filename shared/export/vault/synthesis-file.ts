import { escapeMarkdown, oneLine } from '../../rich-text/markdown-escape';
import { richTextToMarkdown } from '../../rich-text/to-markdown';
import type { VaultLinks } from './vault-links';
import { frontMatter } from './yaml';
import type { ExportSynthesisNote } from './types';

/** A synthesis note: its title, then its text with each mention a `[[key|title]]` link to the abstract's file. */
export function synthesisFile(note: ExportSynthesisNote, links: VaultLinks): string {
  const header = frontMatter([
    ['title', note.title],
    ['created', new Date(note.createdAt).toISOString()],
    ['updated', new Date(note.updatedAt).toISOString()],
  ]);
  const body = richTextToMarkdown(note, (id, title) => links.titledLink(id, title));
  return [header, `# ${escapeMarkdown(oneLine(note.title))}`, body].filter((part) => part.trim() !== '').join('\n\n') + '\n';
}
