import type { LibraryExportInput } from '../vault/types';

export const ANNOTATION_CSV_COLUMNS = ['citekey', 'title', 'colour', 'quote', 'comment', 'created', 'modified'] as const;

/**
 * A cell a spreadsheet would run as a formula (`=HYPERLINK(…)`, `+1`, `-x`, `@SUM`) starts with an
 * apostrophe instead: highlighted text comes from the web, and opening the export must not run it.
 */
const FORMULA_START = /^[=+\-@\t\r]/u;

/** RFC 4180: every field quoted, quotes doubled, so commas and line breaks in a quote stay in its cell. */
function field(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}

/**
 * One row per highlight, in the export's abstract order then text order: the abstract's citation
 * key and title, the colour, the highlighted words, the comment as plain text, and ISO times.
 */
export function annotationsCsv(input: LibraryExportInput): string {
  const entries = new Map(input.entries.map((entry) => [entry.id, entry]));
  const order = new Map(input.entries.map((entry, index) => [entry.id, index]));
  const highlights = input.highlights
    .filter((highlight) => entries.has(highlight.abstractId))
    .map((highlight, index) => ({ highlight, index }))
    .sort((a, b) => (order.get(a.highlight.abstractId) ?? 0) - (order.get(b.highlight.abstractId) ?? 0) || a.index - b.index);
  const lines = [ANNOTATION_CSV_COLUMNS.join(',')];
  for (const { highlight } of highlights) {
    const entry = entries.get(highlight.abstractId);
    if (entry === undefined) continue;
    lines.push(
      [
        entry.citationKey,
        entry.displayTitle,
        highlight.color,
        highlight.selectors.quote.exact,
        highlight.comment.text,
        new Date(highlight.createdAt).toISOString(),
        new Date(highlight.updatedAt).toISOString(),
      ]
        .map(field)
        .join(','),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}
