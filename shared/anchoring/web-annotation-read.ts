import type { ParsedWebAnnotation } from './web-annotation-types';
import { isHighlightColor, type AnchorSelectors, type HighlightColor, type TextPositionSelector, type TextQuoteSelector } from './types';

/*
 * Reads a Web Annotation back (ours, or another tool's with the same selectors). Anything that does not
 * say which abstract and which words it is about is rejected with an Error that says what is missing.
 */

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined ? [] : [value]);

function urnNumber(value: unknown, kind: string): number | null {
  if (typeof value !== 'string') return null;
  const match = new RegExp(`^urn:lectern:${kind}:(\\d+)$`).exec(value);
  return match?.[1] === undefined ? null : Number(match[1]);
}

function time(value: unknown, fallback: number): number {
  const parsed = typeof value === 'string' ? Date.parse(value) : Number.NaN;
  return Number.isNaN(parsed) ? fallback : parsed;
}

function quoteSelector(value: unknown): TextQuoteSelector | null {
  if (!isObject(value) || value.type !== 'TextQuoteSelector' || typeof value.exact !== 'string' || value.exact === '') return null;
  const text = (field: unknown): string => (typeof field === 'string' ? field : '');
  return { type: 'TextQuoteSelector', exact: value.exact, prefix: text(value.prefix), suffix: text(value.suffix) };
}

function positionSelector(value: unknown): TextPositionSelector | null {
  if (!isObject(value) || value.type !== 'TextPositionSelector') return null;
  const { start, end } = value;
  if (!Number.isInteger(start) || !Number.isInteger(end)) return null;
  const [from, to] = [start as number, end as number];
  return from >= 0 && to > from ? { type: 'TextPositionSelector', start: from, end: to } : null;
}

function commentText(body: unknown): string {
  const bodies = asList(body)
    .filter((item): item is Json => isObject(item) && item.type === 'TextualBody' && typeof item.value === 'string')
    .filter((item) => item.purpose === undefined || item.purpose === 'commenting' || item.purpose === 'describing');
  // A comment exported with its formatting has an HTML body beside the plain one: the same words twice.
  const plain = bodies.filter((item) => item.format !== 'text/html');
  return (plain.length > 0 ? plain : bodies).map((item) => item.value as string).join('\n\n');
}

function colorOf(target: Json): HighlightColor {
  const styleClass = typeof target.styleClass === 'string' ? target.styleClass : '';
  const name = styleClass.replace(/^lectern-highlight-/, '');
  return isHighlightColor(name) ? name : 'yellow';
}

function parseJson(input: unknown): unknown {
  if (typeof input !== 'string') return input;
  try {
    return JSON.parse(input) as unknown;
  } catch {
    throw new Error('The annotation is not valid JSON.');
  }
}

export function fromWebAnnotation(input: unknown): ParsedWebAnnotation {
  const json = parseJson(input);
  if (!isObject(json) || json.type !== 'Annotation') throw new Error('This is not a Web Annotation (its type is not "Annotation").');
  const target = asList(json.target)[0];
  const source = isObject(target) ? target.source : target;
  const abstractId = urnNumber(source, 'abstract');
  if (abstractId === null) throw new Error('The annotation does not target a Lectern abstract (urn:lectern:abstract:<id>).');
  const createdAt = time(json.created, Date.now());
  const updatedAt = time(json.modified, createdAt);
  const selectors = isObject(target) ? asList(target.selector) : [];
  const quote = selectors.map(quoteSelector).find((selector) => selector !== null) ?? null;

  if (quote === null || !isObject(target)) {
    if (json.motivation === 'highlighting') throw new Error('The highlight has no TextQuoteSelector.');
    const id = urnNumber(json.id, 'note');
    return { kind: 'note', id, abstractId, text: commentText(json.body), createdAt, updatedAt };
  }
  const position = selectors.map(positionSelector).find((selector) => selector !== null) ?? {
    type: 'TextPositionSelector',
    start: 0,
    end: quote.exact.length,
  };
  const anchorSelectors: AnchorSelectors = { quote, position };
  return {
    kind: 'highlight',
    id: urnNumber(json.id, 'annotation'),
    abstractId,
    selectors: anchorSelectors,
    color: colorOf(target),
    commentText: commentText(json.body),
    createdAt,
    updatedAt,
  };
}
