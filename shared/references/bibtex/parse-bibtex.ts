import type { CaptureRecord } from '../../capture/types';
import type { ReferenceReadResult } from '../record';
import { referenceRecord } from '../record';
import { angleBrackets } from './angle-brackets';
import type { AngleBrackets } from './angle-brackets';
import { describe } from './bad-entries';
import type { EntryWarning } from './bad-entries';
import { chunkIndexAt, splitIntoChunks } from './chunks';
import type { Chunk } from './chunks';
import { splitDocuments } from './documents';
import type { Documents, SecondDocument } from './documents';
import { isDataOnlyType } from './entry-types';
import { readEntryValues } from './entry-values';
import type { EntryMath } from './entry-values';
import { indexGroups } from './jabref-groups';
import type { GroupIndex } from './jabref-groups';
import { readLibrary } from './library';
import { LineCounter } from './locate';
import { entryMath } from './math-of-entries';
import { unusedPrivateUseCharacters } from './private-use';
import { readDocument } from './read-document';
import type { LocatedEntry } from './read-document';
import { toReferenceEntry } from './reference-entry';
import { textCleaner } from './text-cleaner';
import type { TextCleaner } from './text-cleaner';

/** Math spans one entry may keep; past that (never seen in practice) the rest are turned into Unicode. */
const MATH_PER_ENTRY = 256;
const UNREADABLE = 'The file could not be read as BibTeX.';
const GROUPS_LOST =
  'The JabRef groups could not be read (their @comment is damaged); the entries were read without them.';

/** What both parses found, before it becomes records. */
interface FileRead {
  entries: LocatedEntry[];
  warnings: EntryWarning[];
  groups: GroupIndex;
  groupsLost: boolean;
  /** The math hidden in the second parse's entries, by entry. */
  math: Map<LocatedEntry['entry'], EntryMath>;
}

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
  const [less = '<', greater = '>', ...standIns] = unusedPrivateUseCharacters(text, 2 + MATH_PER_ENTRY);
  const angles = angleBrackets(less, greater);
  const source = angles.hide(text);
  const clean = textCleaner(angles);
  const chunks = splitIntoChunks(source);
  const read =
    readFile(splitDocuments(source, chunks, standIns), clean) ??
    // The second parse failed outright: read the file in one parse, its math turned into Unicode.
    readFile({ chunks, first: source, firstOwns: new Set(chunks.keys()), second: null }, clean);
  if (read === null) return { records: [], warnings: [UNREADABLE] };
  return toResult(text, read, clean, angles);
}

function readFile(documents: Documents, clean: TextCleaner): FileRead | null {
  const { chunks } = documents;
  const first = readLibrary(documents.first);
  if (first === null) return null;
  const fromFirst = readDocument(
    first.text,
    first.library,
    (offset) => offset,
    owner(chunks, documents.firstOwns),
  );
  const second = documents.second === null ? null : readSecond(documents.second, chunks, clean);
  if (documents.second !== null && second === null) return null;
  return {
    entries: [...fromFirst.entries, ...(second?.entries ?? [])].sort((a, b) => a.span.start - b.span.start),
    warnings: [...fromFirst.warnings, ...(second?.warnings ?? [])],
    groups: indexGroups(first.library.jabref),
    groupsLost: first.groupsLost || (second?.groupsLost ?? false),
    math: second?.math ?? new Map<LocatedEntry['entry'], EntryMath>(),
  };
}

function readSecond(
  document: SecondDocument,
  chunks: readonly Chunk[],
  clean: TextCleaner,
): (Pick<FileRead, 'entries' | 'warnings' | 'math'> & { groupsLost: boolean }) | null {
  const second = readLibrary(document.text);
  if (second === null) return null;
  const toSource = (offset: number): number => document.toSource.toSource(offset);
  const { entries, warnings } = readDocument(
    second.text,
    second.library,
    toSource,
    owner(chunks, document.owns),
  );
  const math = entryMath(
    entries,
    (entry) => document.math.get(chunkIndexAt(chunks, entry.span.start)) ?? [],
    clean,
  );
  return { entries, warnings, math, groupsLost: second.groupsLost };
}

function owner(chunks: readonly Chunk[], owned: ReadonlySet<number>): (offset: number) => boolean {
  return (offset) => owned.has(chunkIndexAt(chunks, offset));
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
  for (const located of read.entries) {
    const { entry, span } = located;
    if (isDataOnlyType(entry.type)) continue;
    const line = lines.lineAt(span.start);
    try {
      const values = readEntryValues(entry, clean, read.math.get(entry));
      records.push(referenceRecord(toReferenceEntry(values, { span, line }, read.groups)));
    } catch {
      // A backstop: what the parser hands over is loosely typed, and one odd entry must not cost the file.
      const message = describe(entry.input, 'a value has a form the reader does not know');
      warnings.push({ start: span.start, message: angles.restore(message ?? 'an entry could not be read.') });
    }
  }
  const lineOf = new LineCounter(text);
  const inOrder = warnings
    .sort((a, b) => a.start - b.start)
    .map((warning) => `Line ${lineOf.lineAt(warning.start)}: ${angles.restore(warning.message)}`);
  return { records, warnings: read.groupsLost ? [GROUPS_LOST, ...inOrder] : inOrder };
}
