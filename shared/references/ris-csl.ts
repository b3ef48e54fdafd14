// The RIS → CSL mapping is citation-js's own (its `mixed` spec: RIS 2011 plus the older tags that
// exporters still write). Its pieces are imported one by one so that neither @citation-js/core's
// network code nor its Cite machinery is loaded: only the pure Translator, the spec and the converters.
import { Translator } from '@citation-js/core/lib/util/translator.js';
import type { Converter, Mapping } from '@citation-js/core/lib/util/translator.js';
import converters from '@citation-js/plugin-ris/lib/converters.js';
import dataTypes from '@citation-js/plugin-ris/lib/dataTypes.json';
import { SPECS } from '@citation-js/plugin-ris/lib/spec/index.js';
import type { CslItem } from './csl-values';

/** One RIS record as tag → value; the tags that repeat (authors, keywords) keep every value. */
export type RisTags = Record<string, string | string[]>;

const TYPE_OF_FIELD: Record<string, string> = dataTypes;
let translator: Translator | null = null;
let readTagsTranslator: Translator | null = null;
const READ_MARK = 'read ';

function converterNamed(name: string | undefined): Converter | undefined {
  return name !== undefined && name in converters ? converters[name as keyof typeof converters] : undefined;
}

/**
 * A mapping with the converter its CSL field needs, as citation-js's RIS plugin sets it up: a single
 * source for `issued` is a year, a field's data type names its converter, and a mapping from several
 * tags takes the first one present unless its converter wants them all.
 */
function withConverter(mapping: Mapping): Mapping {
  if (mapping.target === 'issued' && !Array.isArray(mapping.source)) return { ...mapping, convert: converters.YEAR };
  const typed = converterNamed(TYPE_OF_FIELD[String(mapping.target)]) ?? mapping.convert;
  if (!Array.isArray(mapping.source) || typed?.keepAll === true) return { ...mapping, convert: typed };
  const toTarget = typed?.toTarget;
  const first = (...values: unknown[]): unknown => converters.ANY.toTarget?.(...values);
  return { ...mapping, convert: { toTarget: toTarget === undefined ? first : (...values) => toTarget(first(...values)) } };
}

function sourcesOf(mapping: Mapping): string[] {
  return mapping.source === undefined ? [] : [mapping.source].flat();
}

/**
 * The same spec with each mapping's output replaced by a mark per source tag it reads, under the same
 * conditions: translating a record with it names the tags the spec used for that record's type.
 */
function readMarker(mapping: Mapping): Mapping {
  const sources = sourcesOf(mapping);
  const mark = (value: unknown): true | undefined => (value === undefined ? undefined : true);
  return {
    source: mapping.source,
    target: sources.map((tag) => `${READ_MARK}${tag}`),
    when: mapping.when,
    convert: { toTarget: (...values) => (sources.length === 1 ? mark(values[0]) : values.map(mark)) },
  };
}

/**
 * The CSL item citation-js makes of one RIS record, and the tags its spec did not read for this type
 * of record (an author's address, a journal article's publisher, a database's own ids), which the
 * caller keeps as they are. Throws when a converter fails on a malformed value.
 */
export function risToCsl(tags: RisTags): { item: CslItem; unreadTags: string[] } {
  translator ??= new Translator(SPECS.mixed.map(withConverter));
  readTagsTranslator ??= new Translator(SPECS.mixed.filter((mapping) => sourcesOf(mapping).length > 0).map(readMarker));
  const read = readTagsTranslator.convertToTarget(tags);
  const unreadTags = Object.keys(tags).filter((tag) => !(`${READ_MARK}${tag}` in read));
  return { item: translator.convertToTarget(tags), unreadTags };
}
