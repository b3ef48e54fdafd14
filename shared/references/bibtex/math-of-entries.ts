import type { Entry } from '@retorquere/bibtex-parser';
import type { EntryMath } from './entry-values';
import { mathAsUnicode } from './math-unicode';
import type { LocatedEntry } from './read-document';
import type { MathSegment } from './source-rewrite';
import type { TextCleaner } from './text-cleaner';
import { MATH_FIELDS } from './text-cleaner';

/**
 * What each entry's math stand-ins become. Unicode is worked out (in one more, small parse) only for
 * math that stands outside the title and abstract and outside verbatim fields.
 */
export function entryMath(
  entries: readonly LocatedEntry[],
  segmentsOf: (located: LocatedEntry) => readonly MathSegment[],
  clean: TextCleaner,
): Map<Entry, EntryMath> {
  const needingUnicode: MathSegment[] = [];
  const byEntry = entries.map((located) => {
    const segments = segmentsOf(located);
    const outside = proseOutsideMathFields(located.entry);
    needingUnicode.push(...segments.filter((segment) => outside.includes(segment.standIn)));
    return { entry: located.entry, segments };
  });
  const unicode = new Map<MathSegment, string>();
  mathAsUnicode(
    needingUnicode.map((segment) => segment.dollars),
    clean,
  ).forEach((converted, index) => {
    const segment = needingUnicode[index];
    if (segment !== undefined) unicode.set(segment, converted);
  });
  const result = new Map<Entry, EntryMath>();
  for (const { entry, segments } of byEntry) {
    if (segments.length === 0) continue;
    result.set(entry, {
      dollars: new Map(segments.map((segment) => [segment.standIn, segment.dollars])),
      raw: new Map(segments.map((segment) => [segment.standIn, segment.raw])),
      unicode: new Map(segments.map((segment) => [segment.standIn, unicode.get(segment) ?? segment.dollars])),
    });
  }
  return result;
}

/** The entry's values outside title, abstract and verbatim fields, as one string to search for stand-ins. */
function proseOutsideMathFields(entry: Entry): string {
  const fields = Object.entries(entry.fields as Record<string, unknown>).filter(
    ([field]) => !MATH_FIELDS.has(field) && entry.mode[field] !== 'verbatim',
  );
  return fields.length === 0 ? '' : JSON.stringify(fields);
}
