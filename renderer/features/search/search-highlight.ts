/** A run of text to mark as a search match, in the text's own offsets. */
export interface TextRange {
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+/gu;
/** Shorter terms must match a whole word; longer ones also mark words they begin (prefix search). */
const MIN_PREFIX = 3;

/** Lower-case, without accents, so "Zonotopes" and "zonotopés" compare equal. */
function fold(word: string): string {
  return word.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function wordHits(text: string, terms: readonly string[]): TextRange[] {
  const folded = [...new Set(terms.map(fold).filter((term) => term !== ''))];
  if (folded.length === 0) return [];
  const exact = new Set(folded);
  const prefixes = folded.filter((term) => term.length >= MIN_PREFIX);
  const hits: TextRange[] = [];
  for (const match of text.matchAll(WORD)) {
    const word = fold(match[0]);
    if (exact.has(word) || prefixes.some((prefix) => word.startsWith(prefix)))
      hits.push({ start: match.index, end: match.index + match[0].length });
  }
  return hits;
}

function phraseHits(text: string, phrases: readonly string[]): TextRange[] {
  const hits: TextRange[] = [];
  for (const phrase of phrases) {
    const words = phrase.trim().split(/\s+/u).filter((word) => word !== '');
    if (words.length === 0) continue;
    const pattern = new RegExp(words.map(escapeRegExp).join('\\s+'), 'giu');
    for (const match of text.matchAll(pattern)) hits.push({ start: match.index, end: match.index + match[0].length });
  }
  return hits;
}

/** Sorted, with overlapping or touching ranges joined. */
export function mergeRanges(ranges: readonly TextRange[]): TextRange[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: TextRange[] = [];
  for (const range of sorted) {
    const last = merged.at(-1);
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
}

/** Where the search's terms (whole words, or words they begin) and phrases occur in `text`. */
export function findSearchHits(text: string, terms: readonly string[], phrases: readonly string[]): TextRange[] {
  if (text === '' || (terms.length === 0 && phrases.length === 0)) return [];
  return mergeRanges([...wordHits(text, terms), ...phraseHits(text, phrases)]);
}

/** A short excerpt of `text` around its first hit, with the hits inside it in the excerpt's offsets. */
export interface Snippet {
  text: string;
  hits: TextRange[];
}

export function snippetAround(text: string, hits: readonly TextRange[], before = 40, length = 160): Snippet | null {
  const first = hits[0];
  if (!first) return null;
  let start = Math.max(0, first.start - before);
  // Start at a word boundary, so the excerpt does not open with half a word.
  if (start > 0) {
    const space = text.indexOf(' ', start);
    if (space !== -1 && space < first.start) start = space + 1;
  }
  const end = Math.min(text.length, start + length);
  const prefix = start > 0 ? '…' : '';
  const shift = prefix.length - start;
  return {
    text: `${prefix}${text.slice(start, end).replace(/\s/gu, ' ')}`,
    hits: hits
      .filter((hit) => hit.start < end && hit.end > start)
      .map((hit) => ({ start: Math.max(hit.start, start) + shift, end: Math.min(hit.end, end) + shift })),
  };
}

/** `points` (sorted cut points of [start, end]) with the edges of `ranges` that fall inside added. */
export function withRangeEdges(points: readonly number[], ranges: readonly TextRange[], start: number, end: number): number[] {
  if (ranges.length === 0) return [...points];
  const all = new Set(points);
  for (const range of ranges) {
    if (range.start > start && range.start < end) all.add(range.start);
    if (range.end > start && range.end < end) all.add(range.end);
  }
  return [...all].sort((a, b) => a - b);
}
