import type { ReferenceReadResult } from '../record';
import { referenceRecord } from '../record';
import { angleBrackets } from './angle-brackets';
import { badEntryWarnings } from './bad-entries';
import { isDataOnlyType } from './entry-types';
import { readEntryValues } from './entry-values';
import { indexGroups } from './jabref-groups';
import { parseLibrary, readEntries } from './library';
import { LineCounter, SourceLocator } from './locate';
import { unusedPrivateUseCharacters } from './private-use';
import { reparseSpecialEntries } from './reparse';
import type { LocatedEntry } from './reparse';
import { toReferenceEntry } from './reference-entry';
import { textCleaner } from './text-cleaner';

/** Math spans one entry may keep; past that (never seen in practice) the rest are turned into Unicode. */
const MATH_PER_ENTRY = 256;
const UNREADABLE = 'The file could not be read as BibTeX.';

/**
 * Reads a BibTeX or BibLaTeX file (decoded, LF line endings): one record per entry, in file order,
 * and one warning per entry that could not be read. Never throws.
 */
export function parseBibtex(text: string): ReferenceReadResult {
  try {
    return readBibtex(text);
  } catch {
    return { records: [], warnings: [UNREADABLE] };
  }
}

function readBibtex(text: string): ReferenceReadResult {
  const [less = '<', greater = '>', ...mathStandIns] = unusedPrivateUseCharacters(text, 2 + MATH_PER_ENTRY);
  const angles = angleBrackets(less, greater);
  const source = angles.hide(text);
  const library = parseLibrary(source);
  if (library === null) return { records: [], warnings: [UNREADABLE] };
  const clean = textCleaner(angles);
  const entries = locateEntries(source, library);
  const replacements = reparseSpecialEntries(source, entries, mathStandIns, clean);
  const groups = indexGroups(library.jabref);
  const lines = new LineCounter(text);
  const records = entries
    .filter(({ entry }) => !isDataOnlyType(entry.type))
    .map(({ entry, span }) => {
      const values = readEntryValues(entry, clean, replacements.get(entry));
      return referenceRecord(toReferenceEntry(values, { span, line: lines.lineAt(span.start) }, groups));
    });
  return { records, warnings: badEntryWarnings(source, library.errors) };
}

/** Each entry the parser read whole, with its place in the text (entries come in document order). */
function locateEntries(
  source: string,
  library: NonNullable<ReturnType<typeof parseLibrary>>,
): LocatedEntry[] {
  const locator = new SourceLocator(source);
  const located: LocatedEntry[] = [];
  for (const entry of readEntries(library)) {
    const span = locator.next(entry.input);
    if (span !== null) located.push({ entry, span });
  }
  return located;
}
