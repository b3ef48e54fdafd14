import { entryFromCslItem } from './csl-item';
import { hasTitleOrAbstract } from './entry-checks';
import { referenceRecord } from './record';
import type { ReferenceReadResult } from './record';
import { risToCsl } from './ris-csl';
import type { RisTags } from './ris-csl';
import { splitRisRecords } from './ris-records';
import type { RisRecord } from './ris-records';
import { firstYear } from './values';
import { atLine, byLine } from './warnings';

/** Tags that repeat once per value: people and keywords. */
const LIST_TAGS = new Set(['AU', 'A1', 'A2', 'A3', 'A4', 'ED', 'TA', 'C4', 'KW']);
/** Tags that hold one value; a repeat (a second link or date) is dropped rather than glued on. */
const FIRST_VALUE_TAGS = new Set(['TY', 'ID', 'DO', 'UR', 'LK', 'L1', 'L2', 'L3', 'L4', 'PY', 'DA', 'Y1', 'Y2']);

/** The record's tags as citation-js expects them; other repeated tags (notes, addresses) become one text. */
function tagsOf(record: RisRecord): RisTags {
  const tags: RisTags = {};
  for (const [tag, values] of record.tags) {
    if (LIST_TAGS.has(tag)) tags[tag] = values;
    else tags[tag] = FIRST_VALUE_TAGS.has(tag) ? (values[0] ?? '') : values.join('\n');
  }
  // Types are upper case in the spec; citation-js's own RIS reader also reads the misspelt JOURN as JOUR.
  if (typeof tags.TY === 'string') tags.TY = tags.TY.toUpperCase() === 'JOURN' ? 'JOUR' : tags.TY.toUpperCase();
  // With the full journal name beside it, JO is its abbreviation (RIS spec), not the venue.
  if (tags.JF !== undefined && tags.JO !== undefined && tags.J2 === undefined) {
    tags.J2 = tags.JO;
    delete tags.JO;
  }
  return tags;
}

/** Tags the reader handles itself: the record's bounds and its keywords. */
const OWN_TAGS = new Set(['TY', 'ER', 'KW']);

/** The tags citation-js's spec leaves aside, kept as fields by their lower-case tag ("ad", "an"). */
function unreadFields(tags: RisTags, unread: readonly string[]): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const tag of unread) {
    const value = tags[tag];
    if (OWN_TAGS.has(tag) || value === undefined) continue;
    fields[tag.toLowerCase()] = [value].flat().join('\n');
  }
  return fields;
}

/** Each KW line is one keyword (citation-js joins them with commas, which a keyword may contain). */
function keywordsOf(record: RisRecord): string[] {
  return (record.tags.get('KW') ?? []).flatMap((value) => value.split(';')).map((word) => word.trim());
}

/** A citation key in LB, EndNote's Label field (where its users keep BibTeX keys): one word, not a number. */
function labelKey(record: RisRecord): string | null {
  const label = record.tags.get('LB')?.[0]?.trim() ?? '';
  return /^[^\s/]+$/u.test(label) && !/^\d+$/u.test(label) ? label : null;
}

/** The label that repeats the key (Lectern writes the key as both ID and LB) is no field of its own. */
function dropLabel(fields: Record<string, string> | undefined, key: string): void {
  if (fields === undefined) return;
  for (const name of ['citation-label', 'lb']) if (fields[name] === key) delete fields[name];
}

/**
 * The year the record states when citation-js's spec gives it no `issued` date: for conference papers
 * it reads PY as the event's date, yet PY is the year a database such as Scopus writes for every record.
 */
function statedYear(record: RisRecord): number | null {
  const written = ['PY', 'Y1', 'DA'].map((tag) => record.tags.get(tag)?.[0]).find((value) => value !== undefined);
  return written === undefined ? null : firstYear(written);
}

/**
 * Reads RIS as reference managers and databases export it (Zotero, EndNote, Scopus, Web of Science,
 * PubMed). Each record spans its TY … ER lines; its line is the TY line.
 */
export function parseRis(text: string): ReferenceReadResult {
  const { records: risRecords, warnings } = splitRisRecords(text);
  const result: ReferenceReadResult = { records: [], warnings };
  for (const record of risRecords) {
    let entry;
    try {
      const tags = tagsOf(record);
      const { item, unreadTags } = risToCsl(tags);
      entry = entryFromCslItem(item, record.span, record.line);
      entry.fields = { ...unreadFields(tags, unreadTags), ...entry.fields };
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      warnings.push(atLine(record.line, `the record could not be read (${reason}) and was skipped.`));
      continue;
    }
    entry.citationKey ??= labelKey(record);
    if (entry.citationKey != null) dropLabel(entry.fields, entry.citationKey);
    entry.keywords = keywordsOf(record);
    entry.year ??= statedYear(record);
    if (hasTitleOrAbstract(entry)) result.records.push(referenceRecord(entry));
    else warnings.push(atLine(record.line, 'the record has neither a title nor an abstract and was skipped.'));
  }
  return { records: result.records, warnings: byLine(warnings) };
}
