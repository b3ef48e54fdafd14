import type { Library } from '@retorquere/bibtex-parser';
import type { CaptureRecord } from '../../capture/types';
import type { ReferenceReadResult } from '../record';
import { referenceRecord } from '../record';
import { angleBrackets } from './angle-brackets';
import { badEntryWarnings, describe } from './bad-entries';
import { isDataOnlyType } from './entry-types';
import { readEntryValues } from './entry-values';
import { indexGroups } from './jabref-groups';
import { readEntries, readLibrary } from './library';
import { LineCounter, SourceLocator } from './locate';
import { unusedPrivateUseCharacters } from './private-use';
import { reparseSpecialEntries } from './reparse';
import type { LocatedEntry } from './reparse';
import { toReferenceEntry } from './reference-entry';
import { textCleaner } from './text-cleaner';

/** Math spans one entry may keep; past that (never seen in practice) the rest are turned into Unicode. */
const MATH_PER_ENTRY = 256;
const UNREADABLE = 'The file could not be read as BibTeX.';
const GROUPS_LOST =
  'The JabRef groups could not be read (their @comment is damaged); the entries were read without them.';

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
  const read = readLibrary(angles.hide(text));
  if (read === null) return { records: [], warnings: [UNREADABLE] };
  const { library, text: source } = read;
  const clean = textCleaner(angles);
  const entries = locateEntries(source, library);
  const replacements = reparseSpecialEntries(source, entries, mathStandIns, clean);
  const groups = indexGroups(library.jabref);
  const lines = new LineCounter(text);
  const records: CaptureRecord[] = [];
  const warnings = badEntryWarnings(source, library.errors);
  for (const { entry, span } of entries) {
    if (isDataOnlyType(entry.type)) continue;
    const line = lines.lineAt(span.start);
    try {
      const values = readEntryValues(entry, clean, replacements.get(entry));
      records.push(referenceRecord(toReferenceEntry(values, { span, line }, groups)));
    } catch {
      // A backstop: what the parser hands over is loosely typed, and one odd entry must not cost the file.
      const warning =
        describe(entry.input, 'a value has a form the reader does not know') ?? 'an entry could not be read.';
      warnings.push({ start: span.start, warning: `Line ${line}: ${warning}` });
    }
  }
  const inOrder = warnings.sort((a, b) => a.start - b.start).map((item) => item.warning);
  return { records, warnings: read.groupsLost ? [GROUPS_LOST, ...inOrder] : inOrder };
}

/** Each entry the parser read whole, with its place in the text (entries come in document order). */
function locateEntries(source: string, library: Library): LocatedEntry[] {
  const locator = new SourceLocator(source);
  const located: LocatedEntry[] = [];
  for (const entry of readEntries(library)) {
    const span = locator.next(entry.input);
    if (span !== null) located.push({ entry, span });
  }
  return located;
}
