import { latexCitation, pandocCitation } from '../../../shared/citations/keys';
import { CITATION_STYLE_LABELS, isCitationStyleId, type CitationStyleId } from '../../../shared/citations/styles';
import type * as Format from '../../../shared/citations/format';
import type { ExportEntry } from '../../../shared/export/types';
import type { ClipboardContent } from './clipboard';

/** How a citation is copied: in one of the bundled styles, or as a pandoc or LaTeX key. */
export type CitationChoice = CitationStyleId | 'pandoc' | 'latex';

export const CITATION_CHOICES: readonly CitationChoice[] = ['apa', 'ieee', 'chicago-author-date', 'vancouver', 'nature', 'pandoc', 'latex'];

/** What a menu calls a choice. */
export function choiceLabel(choice: CitationChoice): string {
  if (choice === 'pandoc') return 'pandoc [@key]';
  if (choice === 'latex') return 'LaTeX \\cite{key}';
  return CITATION_STYLE_LABELS[choice];
}

/** What the status line says once it is on the clipboard: "Copied APA 7th citation". */
export function copiedMessage(choice: CitationChoice, what: 'citation' | 'bibliography', count: number): string {
  const name = choice === 'pandoc' ? 'pandoc' : choice === 'latex' ? 'LaTeX' : CITATION_STYLE_LABELS[choice];
  const of = count > 1 ? ` of ${count.toLocaleString('en-US')} abstracts` : '';
  return `Copied ${name} ${what}${of}`;
}

export function isStyleChoice(choice: CitationChoice): choice is CitationStyleId {
  return isCitationStyleId(choice);
}

// citeproc-js and the styles stay out of the start-up bundle until the first copy.
const loadFormat = (): Promise<typeof Format> => import('../../../shared/citations/format');

/** The in-text citation of `entries` as `choice` writes it. */
export async function citationContent(entries: readonly ExportEntry[], choice: CitationChoice): Promise<ClipboardContent> {
  const keys = entries.map((entry) => entry.citationKey);
  if (choice === 'pandoc') return { text: pandocCitation(keys) };
  if (choice === 'latex') return { text: latexCitation(keys) };
  const { formatCitation } = await loadFormat();
  return { text: formatCitation(entries, choice, 'text'), html: formatCitation(entries, choice, 'html') };
}

/** The reference list of `entries` in a style. */
export async function bibliographyContent(entries: readonly ExportEntry[], style: CitationStyleId): Promise<ClipboardContent> {
  const { formatBibliography } = await loadFormat();
  return { text: formatBibliography(entries, style, 'text'), html: formatBibliography(entries, style, 'html') };
}
