import type { ClassifiedLine } from './classify';
import type { BibliographicFields, CaptureRecord, RecordRole } from './types';

export type RecordFields = Partial<Omit<CaptureRecord, 'role' | 'text' | 'span' | 'line'>>;

/** A record's bibliographic fields when its source states none. */
export function noBibliographicFields(): BibliographicFields {
  return { doi: null, arxiv: null, url: null, venue: null, type: null, citationKey: null, keywords: [], tags: [], fields: {} };
}

/** A record covering `first`..`last` (inclusive) of the decoded text; anything between them is kept verbatim. */
export function recordFromLines(
  text: string,
  role: RecordRole,
  first: ClassifiedLine,
  last: ClassifiedLine,
  fields: RecordFields = {},
): CaptureRecord {
  const span = { start: first.start, end: last.end };
  return {
    ...noBibliographicFields(),
    role,
    title: fields.title ?? null,
    authors: fields.authors ?? [],
    year: fields.year ?? null,
    text: text.slice(span.start, span.end),
    truncated: fields.truncated ?? false,
    span,
    quote: fields.quote ?? null,
    views: fields.views ?? null,
    field: fields.field ?? null,
    language: fields.language ?? null,
    line: first.index + 1,
    ...bibliographic(fields),
  };
}

function bibliographic(fields: RecordFields): Partial<BibliographicFields> {
  const { doi, arxiv, url } = fields;
  return { ...(doi === undefined ? {} : { doi }), ...(arxiv === undefined ? {} : { arxiv }), ...(url === undefined ? {} : { url }) };
}

/** The language name a script implies when the page states none (the portal states languages by name). */
export function languageOfScript(line: ClassifiedLine): string | null {
  return line.script === 'arabic' ? 'Arabic' : null;
}
