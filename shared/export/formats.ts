/** The formats the Export dialog offers, in the order it lists them. */
export const EXPORT_FORMAT_IDS = [
  'bibtex',
  'biblatex',
  'csl-json',
  'ris',
  'vault',
  'annotations-csv',
  'annotations-jsonld',
  'annotations-markdown',
] as const;

export type ExportFormatId = (typeof EXPORT_FORMAT_IDS)[number];

export interface ExportFormat {
  id: ExportFormatId;
  /** What the Format choice shows; a contract with the tests. */
  label: string;
  /** Without the dot; a vault is a folder (a `.zip` in a browser). */
  extension: string;
  mime: string;
  /** Highlights, notes, links, synthesis notes and lists are gathered too, not only the records. */
  needsVaultInput: boolean;
  /** The format can be kept up to date in a file of the user's choice (desktop app). */
  canKeepUpdated: boolean;
  /** One line under the choice: what the file holds. */
  description: string;
}

export const EXPORT_FORMATS: readonly ExportFormat[] = [
  {
    id: 'bibtex',
    label: 'BibTeX',
    extension: 'bib',
    mime: 'application/x-bibtex',
    needsVaultInput: false,
    canKeepUpdated: true,
    description: 'One BibTeX entry per abstract, with its citation key, for LaTeX and most reference managers.',
  },
  {
    id: 'biblatex',
    label: 'BibLaTeX',
    extension: 'bib',
    mime: 'application/x-bibtex',
    needsVaultInput: false,
    canKeepUpdated: true,
    description: 'One BibLaTeX entry per abstract: richer types and dates, for biber and pandoc.',
  },
  {
    id: 'csl-json',
    label: 'CSL-JSON',
    extension: 'json',
    mime: 'application/json',
    needsVaultInput: false,
    canKeepUpdated: true,
    description: 'CSL-JSON items with their citation keys as ids, for pandoc, Zotero and citeproc.',
  },
  {
    id: 'ris',
    label: 'RIS',
    extension: 'ris',
    mime: 'application/x-research-info-systems',
    needsVaultInput: false,
    canKeepUpdated: false,
    description: 'RIS records, which EndNote, Mendeley and Zotero read.',
  },
  {
    id: 'vault',
    label: 'Obsidian vault',
    extension: 'zip',
    mime: 'application/zip',
    needsVaultInput: true,
    canKeepUpdated: false,
    description:
      'A Markdown note per abstract with its highlights, notes and links, plus your synthesis notes and reading lists, linked with [[wikilinks]].',
  },
  {
    id: 'annotations-csv',
    label: 'Annotations (CSV)',
    extension: 'csv',
    mime: 'text/csv',
    needsVaultInput: true,
    canKeepUpdated: false,
    description: 'One row per highlight: the abstract, the quoted text, its colour and its note, for a spreadsheet.',
  },
  {
    id: 'annotations-jsonld',
    label: 'Annotations (JSON-LD)',
    extension: 'jsonld',
    mime: 'application/ld+json',
    needsVaultInput: true,
    canKeepUpdated: false,
    description: 'The highlights and their notes as W3C Web Annotations, for annotation tools.',
  },
  {
    id: 'annotations-markdown',
    label: 'Annotations (Markdown)',
    extension: 'md',
    mime: 'text/markdown',
    needsVaultInput: true,
    canKeepUpdated: false,
    description: 'The highlights and their notes under each abstract’s title, as one Markdown document.',
  },
];

export function exportFormat(id: ExportFormatId): ExportFormat {
  const format = EXPORT_FORMATS.find((candidate) => candidate.id === id);
  if (format === undefined) throw new Error(`Unknown export format “${id}”.`);
  return format;
}

export function isExportFormatId(value: unknown): value is ExportFormatId {
  return typeof value === 'string' && (EXPORT_FORMAT_IDS as readonly string[]).includes(value);
}

/** `lectern-<scope>-YYYY-MM-DD.<ext>`; the scope part is already file-name safe. */
export function exportFileName(scopeSlug: string, date: Date, extension: string): string {
  const day = [date.getFullYear(), date.getMonth() + 1, date.getDate()].map((n) => String(n).padStart(2, '0')).join('-');
  return `lectern-${scopeSlug}-${day}.${extension}`;
}
