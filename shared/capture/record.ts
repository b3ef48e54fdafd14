import type { ClassifiedLine } from './classify';
import type { CaptureRecord, RecordRole } from './types';

export type RecordFields = Partial<Omit<CaptureRecord, 'role' | 'text' | 'span'>>;

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
  };
}

/** The language name a script implies when the page states none (the portal states languages by name). */
export function languageOfScript(line: ClassifiedLine): string | null {
  return line.script === 'arabic' ? 'Arabic' : null;
}
