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
const READ_MARK = 'read ';

/** The two translators for one RIS type: the spec itself, and the spec marking which tags it reads. */
interface TypeTranslators {
  toCsl: Translator;
  readTags: Translator;
}
const translatorsByType = new Map<string, TypeTranslators>();

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
  const { toCsl, readTags } = translatorsFor(String(tags.TY ?? ''));
  const read = readTags.convertToTarget(tags);
  const unreadTags = Object.keys(tags).filter((tag) => !(`${READ_MARK}${tag}` in read));
  return { item: toCsl.convertToTarget(tags), unreadTags };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** Whether a mapping's condition on the record's TY can hold for `type`; other conditions are left to the translator. */
function appliesToType(mapping: Mapping, type: string): boolean {
  const source = isRecord(mapping.when) ? mapping.when.source : undefined;
  if (!isRecord(source) || !('TY' in source)) return true;
  const allowed = source.TY;
  if (Array.isArray(allowed)) return allowed.includes(type);
  return allowed === true || allowed === type || typeof allowed === 'function';
}

/**
 * Most of the spec's conditions name the RIS types a mapping is for; the mappings for other types are
 * dropped once per type, so each record is not checked against the whole spec. The results are the same.
 */
function translatorsFor(type: string): TypeTranslators {
  let translators = translatorsByType.get(type);
  if (translators === undefined) {
    const spec = SPECS.mixed.filter((mapping) => appliesToType(mapping, type));
    translators = {
      toCsl: new Translator(spec.map(withConverter)),
      readTags: new Translator(spec.filter((mapping) => sourcesOf(mapping).length > 0).map(readMarker)),
    };
    translatorsByType.set(type, translators);
  }
  return translators;
}
