import { matchFuzzy, matchLiteral, MatchTier, prepareQuery, prepareTitle, type PreparedTitle, type TitleMatch, type TitleQuery } from './title-match';

/** One item that matched: how, and which of its texts (0 is its title). */
export interface RankedTitle<T> {
  item: T;
  /** Null when the query was empty. */
  match: TitleMatch | null;
  field: number;
  /** The text that matched, prepared (for `matchedIndexes`). */
  text: PreparedTitle | null;
}

interface Found<T> {
  item: T;
  match: TitleMatch;
  field: number;
  text: PreparedTitle;
}

/** Each item's prepared texts, kept for as long as the item itself lives. */
const prepared = new WeakMap<object, PreparedTitle[]>();
const LITERAL_TIERS = MatchTier.fuzzy;

/**
 * The items whose texts match `query`, best first, at most `limit`: by tier (exact, start, word
 * start, contains, words), a title before other texts within a tier, ties in the order given; only
 * when none matches so, those matching fuzzily, by score. `texts` gives an item's title first, then
 * any other words it should be found by. An empty query keeps every item, in order.
 */
export function rankTitles<T extends object>(
  items: readonly T[],
  query: string,
  texts: (item: T) => readonly string[],
  limit: number,
): RankedTitle<T>[] {
  const typed = prepareQuery(query);
  if (typed.text === '') return items.slice(0, limit).map((item) => ({ item, match: null, field: 0, text: null }));
  // One bucket per literal tier, titles then other texts: filled in the given order, so never sorted.
  const buckets: Found<T>[][] = Array.from({ length: LITERAL_TIERS * 2 }, () => []);
  const unmatched: T[] = [];
  let count = 0;
  for (const item of items) {
    const found = bestMatch(item, typed, preparedTexts(item, texts(item)), matchLiteral);
    if (found === null) unmatched.push(item);
    else {
      buckets[found.match.tier * 2 + Math.min(found.field, 1)]?.push(found);
      count += 1;
    }
  }
  const literal = buckets.flat();
  // Fuzzy matches are a fallback for typos and initials: offered only when nothing matches literally.
  if (count > 0) return literal.slice(0, limit);
  const fuzzy: Found<T>[] = [];
  for (const item of unmatched) {
    const found = bestMatch(item, typed, preparedTexts(item, texts(item)), matchFuzzy);
    if (found) fuzzy.push(found);
  }
  // Array sort is stable, so equal matches keep the order they were given in.
  fuzzy.sort((a, b) => Math.min(a.field, 1) - Math.min(b.field, 1) || b.match.score - a.match.score);
  return [...literal, ...fuzzy].slice(0, limit);
}

function bestMatch<T>(
  item: T,
  query: TitleQuery,
  texts: readonly PreparedTitle[],
  match: (query: TitleQuery, title: PreparedTitle) => TitleMatch | null,
): Found<T> | null {
  let best: Found<T> | null = null;
  for (let field = 0; field < texts.length; field += 1) {
    const text = texts[field];
    if (text === undefined) continue;
    const found = match(query, text);
    if (found && (best === null || found.tier < best.match.tier || (found.tier === best.match.tier && found.score > best.match.score))) {
      best = { item, match: found, field, text };
    }
  }
  return best;
}

function preparedTexts<T extends object>(item: T, texts: readonly string[]): PreparedTitle[] {
  const cached = prepared.get(item);
  if (cached !== undefined && sameTexts(cached, texts)) return cached;
  const fresh = texts.map((text) => prepareTitle(text));
  prepared.set(item, fresh);
  return fresh;
}

function sameTexts(cached: readonly PreparedTitle[], texts: readonly string[]): boolean {
  if (cached.length !== texts.length) return false;
  for (let index = 0; index < texts.length; index += 1) if (cached[index]?.title !== texts[index]) return false;
  return true;
}
