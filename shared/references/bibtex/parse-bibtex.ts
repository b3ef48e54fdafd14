import type { CaptureRecord } from '../../capture/types';
import type { ReferenceReadResult } from '../record';
import { referenceRecord } from '../record';
import { angleBrackets } from './angle-brackets';
import type { AngleBrackets } from './angle-brackets';
import { describe } from './bad-entries';
import { splitIntoChunks } from './chunks';
import { splitDocuments } from './documents';
import { isDataOnlyType } from './entry-types';
import { readEntryValues } from './entry-values';
import { LineCounter } from './locate';
import { unusedPrivateUseCharacters } from './private-use';
import { KEEP_VALUES, plainValues } from './plain-values';
import type { PlainValues } from './plain-values';
import { readFile } from './read-file';
import type { FileRead } from './read-file';
import { toReferenceEntry } from './reference-entry';
import { textCleaner } from './text-cleaner';
import type { TextCleaner } from './text-cleaner';

/** Math spans one entry may keep; past that (never seen in practice) the rest are turned into Unicode. */
const MATH_PER_ENTRY = 256;
/** Characters that number the stand-ins of plain values (one more opens each). */
const PLAIN_DIGITS = 64;
const UNREADABLE = 'The file could not be read as BibTeX.';
const GROUPS_LOST =
  'The JabRef groups could not be read (their @comment is damaged); the entries were read without them.';

/**
 * Reads a BibTeX or BibLaTeX file (decoded, LF line endings): one record per entry, in file order,
 * and one warning per entry that could not be read. Never throws.
 */
export function parseBibtex(text: string): ReferenceReadResult {
  return readBibtexWith(text, true);
}

/** `parseBibtex`, with the fast path for values that hold no LaTeX on or off (the two read alike). */
export function readBibtexWith(text: string, hidePlainValues: boolean): ReferenceReadResult {
  try {
    return readBibtex(text, hidePlainValues);
  } catch {
    return { records: [], warnings: [UNREADABLE] };
  }
}

function readBibtex(text: string, hidePlainValues: boolean): ReferenceReadResult {
  const spare = unusedPrivateUseCharacters(text, 2 + MATH_PER_ENTRY + 1 + PLAIN_DIGITS);
  const [less = '<', greater = '>'] = spare;
  const standIns = spare.slice(2, 2 + MATH_PER_ENTRY);
  const plain = hidePlainValues ? plainValuesFrom(spare.slice(2 + MATH_PER_ENTRY), standIns) : KEEP_VALUES;
  const angles = angleBrackets(less, greater);
  const source = angles.hide(text);
  const clean = textCleaner(angles);
  const chunks = splitIntoChunks(source);
  const read =
    readFile(splitDocuments(source, chunks, standIns), clean, plain) ??
    // A parse failed outright: read the file in one parse, its math turned into Unicode.
    readFile({ chunks, first: source, firstOwns: new Set(chunks.keys()), second: null }, clean, plain);
  return read === null ? { records: [], warnings: [UNREADABLE] } : toResult(text, read, clean, angles);
}

function plainValuesFrom(spare: readonly string[], mathStandIns: readonly string[]): PlainValues {
  const [marker, ...digits] = spare;
  return marker === undefined || digits.length < PLAIN_DIGITS ? KEEP_VALUES : plainValues(marker, digits, mathStandIns);
}

function toResult(
  text: string,
  read: FileRead,
  clean: TextCleaner,
  angles: AngleBrackets,
): ReferenceReadResult {
  const lines = new LineCounter(text);
  const records: CaptureRecord[] = [];
  const warnings = [...read.warnings];
  for (const { entry, span } of read.entries) {
    if (isDataOnlyType(entry.type)) continue;
    const line = lines.lineAt(span.start);
    try {
      const values = readEntryValues(entry, clean, read.math.get(entry));
      records.push(referenceRecord(toReferenceEntry(values, { span, line }, read.groups)));
    } catch {
      // A backstop: what the parser hands over is loosely typed, and one odd entry must not cost the file.
      const message = describe(entry.input, 'a value has a form the reader does not know');
      warnings.push({ start: span.start, message: message ?? 'an entry could not be read.' });
    }
  }
  const warningLines = new LineCounter(text);
  const inOrder = warnings
    .sort((a, b) => a.start - b.start)
    .map((warning) => `Line ${warningLines.lineAt(warning.start)}: ${angles.restore(warning.message)}`);
  return { records, warnings: read.groupsLost ? [GROUPS_LOST, ...inOrder] : inOrder };
}
