import type { Entry } from '@retorquere/bibtex-parser';
import type { EntryWarning } from './bad-entries';
import { chunkIndexAt } from './chunks';
import type { Chunk } from './chunks';
import type { Documents, SecondDocument } from './documents';
import type { EntryMath } from './entry-values';
import { indexGroups } from './jabref-groups';
import type { GroupIndex } from './jabref-groups';
import { readLibrary } from './library';
import type { ReadLibrary } from './library';
import { entryMath } from './math-of-entries';
import { readDocument } from './read-document';
import type { LocatedEntry } from './read-document';
import type { PlainValues } from './plain-values';
import type { TextCleaner } from './text-cleaner';

/** What the parses of a file found, before it becomes records. */
export interface FileRead {
  /** In file order. */
  entries: LocatedEntry[];
  warnings: EntryWarning[];
  groups: GroupIndex;
  groupsLost: boolean;
  /** The math hidden from the parser in each entry of the second parse. */
  math: Map<Entry, EntryMath>;
}

type SecondRead = Pick<FileRead, 'entries' | 'warnings' | 'math' | 'groupsLost'>;

/** Parses the file's documents and gathers their entries in file order; null when a parse failed outright. */
export function readFile(documents: Documents, clean: TextCleaner, plain: PlainValues): FileRead | null {
  const { chunks } = documents;
  const first = readHidden(documents.first, plain);
  if (first === null) return null;
  const fromFirst = readDocument(
    first.text,
    first.library,
    first.toOriginal,
    owner(chunks, documents.firstOwns),
  );
  const second = documents.second === null ? null : readSecond(documents.second, chunks, clean, plain);
  if (documents.second !== null && second === null) return null;
  return {
    entries: [...fromFirst.entries, ...(second?.entries ?? [])].sort((a, b) => a.span.start - b.span.start),
    warnings: [...fromFirst.warnings, ...(second?.warnings ?? [])],
    groups: indexGroups(first.library.jabref),
    groupsLost: first.groupsLost || (second?.groupsLost ?? false),
    math: second?.math ?? new Map<Entry, EntryMath>(),
  };
}

function readSecond(
  document: SecondDocument,
  chunks: readonly Chunk[],
  clean: TextCleaner,
  plain: PlainValues,
): SecondRead | null {
  const second = readHidden(document.text, plain);
  if (second === null) return null;
  const toSource = (offset: number): number => document.toSource.toSource(second.toOriginal(offset));
  const { entries, warnings } = readDocument(
    second.text,
    second.library,
    toSource,
    owner(chunks, document.owns),
  );
  const segmentsOf = (located: LocatedEntry) =>
    document.math.get(chunkIndexAt(chunks, located.span.start)) ?? [];
  return { entries, warnings, math: entryMath(entries, segmentsOf, clean), groupsLost: second.groupsLost };
}

/** Whether a file offset lies in one of the chunks a document reads for the records. */
function owner(chunks: readonly Chunk[], owned: ReadonlySet<number>): (offset: number) => boolean {
  return (offset) => owned.has(chunkIndexAt(chunks, offset));
}

/** A document read with its plain values hidden from the parser, and put back. */
function readHidden(
  text: string,
  plain: PlainValues,
): (ReadLibrary & { toOriginal: (offset: number) => number }) | null {
  const hidden = plain.hide(text);
  const read = readLibrary(hidden.text);
  if (read === null) return null;
  plain.restore(read.library);
  return { ...read, toOriginal: hidden.toOriginal };
}
