import type { Entry } from '@retorquere/bibtex-parser';
import type { TextSpan } from '../../capture/types';
import { mayNeedScan, scanEntrySource } from './entry-source';
import type { EntrySourceScan } from './entry-source';
import { parseLibrary, readEntries } from './library';
import { mathAsDollars } from './math-source';
import type { TextCleaner } from './text-cleaner';
import { MATH_FIELDS } from './text-cleaner';

export interface LocatedEntry {
  entry: Entry;
  span: TextSpan;
}

/** Parse modes whose values are LaTeX turned into text (not names, lists or verbatim). */
const TEXT_MODES = new Set(['title', 'literal', 'richtext']);

interface Rewritten {
  located: LocatedEntry;
  /** Stand-in character → the math it replaced, as `$…$`. */
  math: Map<string, string>;
}

/**
 * Reads again, in one parse, only the entries whose source holds math or in-value percent signs: math
 * replaced by private-use stand-ins (so it is not turned into Unicode, and comes back as written) and
 * `%` escaped (so LaTeX does not drop the rest of the line). Everything else in the file stays, for its
 * @string definitions; the other entries are left out. Returns final texts by entry.
 */
export function reparseSpecialEntries(
  text: string,
  entries: readonly LocatedEntry[],
  standIns: readonly string[],
  clean: TextCleaner,
): Map<Entry, Map<string, string>> {
  const rewritten: Rewritten[] = [];
  const parts: string[] = [];
  let cursor = 0;
  for (const located of entries) {
    parts.push(text.slice(cursor, located.span.start));
    cursor = located.span.end;
    const scan = mayNeedScan(located.entry.input) ? scanEntrySource(located.entry.input) : null;
    if (scan === null || (scan.math.length === 0 && scan.percents.length === 0)) {
      parts.push(' ');
      continue;
    }
    const { source, math } = rewriteSource(located.entry.input, scan, standIns);
    parts.push(source);
    rewritten.push({ located, math });
  }
  if (rewritten.length === 0) return new Map<Entry, Map<string, string>>();
  parts.push(text.slice(cursor));
  const library = parseLibrary(parts.join(''));
  return library === null
    ? new Map<Entry, Map<string, string>>()
    : replacements(readEntries(library), rewritten, clean);
}

function rewriteSource(
  input: string,
  scan: EntrySourceScan,
  standIns: readonly string[],
): { source: string; math: Map<string, string> } {
  const marks = [...scan.math, ...scan.percents.map((at) => ({ start: at, end: at }))].sort(
    (a, b) => a.start - b.start,
  );
  const math = new Map<string, string>();
  let source = '';
  let at = 0;
  for (const mark of marks) {
    source += input.slice(at, mark.start);
    at = mark.start;
    if (mark.end === mark.start) {
      source += '\\';
      continue;
    }
    const standIn = standIns[math.size];
    if (standIn === undefined) continue;
    math.set(standIn, mathAsDollars(input.slice(mark.start, mark.end)));
    source += standIn;
    at = mark.end;
  }
  return { source: source + input.slice(at), math };
}

/** Matches reread entries to the originals by key, in order, and takes their text fields. */
function replacements(
  reread: readonly Entry[],
  rewritten: readonly Rewritten[],
  clean: TextCleaner,
): Map<Entry, Map<string, string>> {
  const waiting = new Map<string, Rewritten[]>();
  for (const item of rewritten) {
    const sameKey = waiting.get(item.located.entry.key);
    if (sameKey === undefined) waiting.set(item.located.entry.key, [item]);
    else sameKey.push(item);
  }
  const result = new Map<Entry, Map<string, string>>();
  for (const entry of reread) {
    const original = waiting.get(entry.key)?.shift();
    if (original === undefined || original.located.entry.type !== entry.type) continue;
    result.set(original.located.entry, textFields(entry, original.math, clean));
  }
  return result;
}

/**
 * Title and abstract with their math back; other text fields only when they hold no math (theirs is
 * turned into Unicode, as the first reading did). Inherited and verbatim fields stay as first read.
 */
function textFields(
  entry: Entry,
  math: ReadonlyMap<string, string>,
  clean: TextCleaner,
): Map<string, string> {
  const fields = new Map<string, string>();
  const inherited = new Set(entry.crossref?.inherited ?? []);
  for (const [field, mode] of Object.entries(entry.mode)) {
    const value: unknown = (entry.fields as Record<string, unknown>)[field];
    if (typeof value !== 'string' || inherited.has(field) || !TEXT_MODES.has(mode)) continue;
    if (MATH_FIELDS.has(field)) fields.set(field, clean.withMath(value, math));
    else if (![...math.keys()].some((standIn) => value.includes(standIn)))
      fields.set(field, clean.plain(value));
  }
  return fields;
}
