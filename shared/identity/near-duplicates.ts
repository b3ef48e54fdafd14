import type { BibliographicDraft } from '../import/plan-types';
import {
  judge,
  MAX_SHARED_TITLE,
  prepare,
  widelyAlike,
  type DuplicateCandidate,
  type NearDuplicatePair,
  type Prepared,
} from './duplicate-evidence';
import { BigramProfiles } from './title-similarity';

export type { DuplicateCandidate, NearDuplicatePair, NearDuplicateReason } from './duplicate-evidence';
export { MAX_YEAR_GAP, NEAR_TITLE_SIMILARITY, SAME_OPENING_SIMILARITY, SURE_TITLE_SIMILARITY } from './duplicate-evidence';

/**
 * What the wide pass reads of every abstract: the keys the library indexes (no authors, no text),
 * so 100,000 of them are read in a fraction of the time whole records take. `sortTitle` is the
 * title, or for an abstract without one, the opening sentence of its text.
 */
export interface KeyCandidate extends Pick<BibliographicDraft, 'doi' | 'arxiv'> {
  id: number;
  sortTitle: string;
  year: number | null;
}

export interface WidePairs {
  /** Pairs worth a close look, each once, the lower id first. */
  pairs: [low: number, high: number][];
  /** Normalised titles shared by so many records that they are headings ("Discussion"), not papers' titles. */
  crowded: ReadonlySet<string>;
}

export interface FindOptions {
  /** Pairs marked Not duplicates, as `low:high`. */
  notDuplicates?: ReadonlySet<string>;
  /** How many neighbours in sorted order each record is compared with. */
  window?: number;
  /** Called now and then with the comparisons done and to do. */
  onProgress?: (done: number, total: number) => void;
}

export const DEFAULT_WINDOW = 10;
const PROGRESS_EVERY = 4096;

function compareKeys(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

function sortedBy(prepared: readonly Prepared[], sortKey: (item: Prepared) => string): Prepared[] {
  const keys = prepared.map(sortKey);
  const order = prepared.map((_, index) => index);
  order.sort((x, y) => compareKeys(keys[x] ?? '', keys[y] ?? ''));
  return order.flatMap((index) => prepared[index] ?? []);
}

function reversed(text: string): string {
  return text.split('').reverse().join('');
}

/** Titles shared by more than MAX_SHARED_TITLE records: in title order, the records sharing one are a run. */
function crowdedTitles(inTitleOrder: readonly Prepared[]): Set<string> {
  const crowded = new Set<string>();
  let runStart = 0;
  for (let at = 1; at <= inTitleOrder.length; at += 1) {
    const first = inTitleOrder[runStart];
    if (first !== undefined && inTitleOrder[at]?.key === first.key) continue;
    if (first !== undefined && at - runStart > MAX_SHARED_TITLE) crowded.add(first.key);
    runStart = at;
  }
  return crowded;
}

function asCandidate(key: KeyCandidate): DuplicateCandidate {
  return { id: key.id, title: key.sortTitle, opening: '', year: key.year, authors: [], doi: key.doi, arxiv: key.arxiv };
}

/**
 * The wide pass: pairs whose keys look alike, found by the sorted-neighbourhood method. The
 * normalised titles are sorted, forwards and then read backwards (so a difference in the first words
 * does not hide a pair), and each record is compared only with the next few in each order: O(n log n)
 * rather than comparing every pair.
 */
export function findWidePairs(keys: readonly KeyCandidate[], options: Omit<FindOptions, 'notDuplicates'> = {}): WidePairs {
  const window = options.window ?? DEFAULT_WINDOW;
  const prepared: Prepared[] = keys.flatMap((key) => prepare(asCandidate(key)) ?? []).map((item, index) => ({ ...item, index }));
  const profiles = new BigramProfiles(prepared.map((item) => item.key));
  const forward = sortedBy(prepared, (item) => item.key);
  const crowded = crowdedTitles(forward);
  for (const item of prepared) if (crowded.has(item.key)) item.generic = true;
  const orders = [forward, sortedBy(prepared, (item) => reversed(item.key))];
  // A pair met in both orders is judged twice and kept once: remembering every pair met would cost more.
  const found = new Map<string, [number, number]>();
  const total = orders.length * prepared.length;
  let done = 0;
  for (const order of orders) {
    for (let at = 0; at < order.length; at += 1, done += 1) {
      if (done % PROGRESS_EVERY === 0) options.onProgress?.(done, total);
      const a = order[at];
      if (a === undefined) continue;
      for (let next = at + 1; next < Math.min(order.length, at + window); next += 1) {
        const b = order[next];
        if (b === undefined || a.candidate.id === b.candidate.id || !widelyAlike(profiles, a, b)) continue;
        const pair: [number, number] = a.candidate.id < b.candidate.id ? [a.candidate.id, b.candidate.id] : [b.candidate.id, a.candidate.id];
        found.set(`${pair[0]}:${pair[1]}`, pair);
      }
    }
  }
  options.onProgress?.(total, total);
  return { pairs: [...found.values()], crowded };
}

/**
 * The close pass: the wide pass's pairs judged on whole records (the real title or the text's
 * opening, every author), best first, leaving out pairs marked Not duplicates.
 */
export function judgePairs(
  records: ReadonlyMap<number, DuplicateCandidate>,
  wide: WidePairs,
  notDuplicates: ReadonlySet<string> = new Set(),
): NearDuplicatePair[] {
  const prepared = new Map<number, Prepared>();
  for (const [low, high] of wide.pairs) {
    for (const id of [low, high]) {
      const record = records.get(id);
      const item = prepared.has(id) || record === undefined ? null : prepare(record);
      if (item !== null) prepared.set(id, { ...item, index: prepared.size, generic: item.generic || wide.crowded.has(item.key) });
    }
  }
  const profiles = new BigramProfiles([...prepared.values()].map((item) => item.key));
  const pairs: NearDuplicatePair[] = [];
  for (const [low, high] of wide.pairs) {
    const a = prepared.get(low);
    const b = prepared.get(high);
    if (a === undefined || b === undefined || notDuplicates.has(`${low}:${high}`)) continue;
    const verdict = judge(profiles, a, b);
    if (verdict !== null) pairs.push({ low, high, ...verdict });
  }
  return pairs.sort((x, y) => y.similarity - x.similarity || x.low - y.low || x.high - y.high);
}

/** Both passes over records already read whole: the pairs of abstracts that are probably one paper, best first. */
export function findNearDuplicates(candidates: readonly DuplicateCandidate[], options: FindOptions = {}): NearDuplicatePair[] {
  const keys = candidates.map((candidate): KeyCandidate => {
    const titled = candidate.title !== null && candidate.title.trim() !== '';
    return { id: candidate.id, sortTitle: titled ? (candidate.title ?? '') : candidate.opening, year: candidate.year, doi: candidate.doi, arxiv: candidate.arxiv };
  });
  const wide = findWidePairs(keys, options);
  return judgePairs(new Map(candidates.map((candidate) => [candidate.id, candidate])), wide, options.notDuplicates);
}
