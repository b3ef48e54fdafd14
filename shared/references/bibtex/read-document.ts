import type { Entry, Library } from '@retorquere/bibtex-parser';
import type { TextSpan } from '../../capture/types';
import { badEntryWarnings } from './bad-entries';
import type { EntryWarning } from './bad-entries';
import { readEntries } from './library';
import { SourceLocator } from './locate';

export interface LocatedEntry {
  entry: Entry;
  /** In the file's offsets. */
  span: TextSpan;
}

export interface DocumentEntries {
  entries: LocatedEntry[];
  /** Starts in the file's offsets. */
  warnings: EntryWarning[];
}

/**
 * The entries and bad entries of one parsed document, placed in the file: `text` is the document the
 * library was parsed from, `toSource` maps its offsets to the file's, and `owns` says which file offsets
 * this document speaks for (an entry lent to it as a crossref parent is read from the other).
 */
export function readDocument(
  text: string,
  library: Library,
  toSource: (offset: number) => number,
  owns: (sourceOffset: number) => boolean,
): DocumentEntries {
  const locator = new SourceLocator(text);
  const entries: LocatedEntry[] = [];
  for (const entry of readEntries(library)) {
    const found = locator.next(entry.input);
    if (found === null) continue;
    const span = { start: toSource(found.start), end: toSource(found.end) };
    if (owns(span.start)) entries.push({ entry, span });
  }
  const warnings = badEntryWarnings(text, library.errors)
    .map((warning) => ({ ...warning, start: toSource(warning.start) }))
    .filter((warning) => owns(warning.start));
  return { entries, warnings };
}
