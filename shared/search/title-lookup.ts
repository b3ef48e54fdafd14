import { drain } from './steps';
import { FuzzyTier } from './fuzzy-tier';
import { letterMask } from './letter-mask';
import { inEvery } from './sorted-seek';
import { SortedTitles } from './sorted-titles';
import type { PlanSources } from './strict-first';
import { emptyBits } from './title-bits';
import { TitleLeads } from './title-leads';
import { TitleGrams, type Pause } from './title-grams';
import { followsWordChar, matchPhrase, MatchTier, prepareQuery, prepareTitle, queryTerms, wordStartsOfEvery, type PreparedTitle } from './title-match';

export type { Pause };

/** How `findPaced` lets the page go on: what it awaits between steps, and when to stop. */
export interface Pacing {
  pause: Pause;
  signal?: AbortSignal;
  /** Titles the fuzzy tier bounds or scores per step (by default FUZZY_STEP). */
  step?: number;
}

/** One title the lookup holds: an id and the title as shown. */
export interface TitleEntry {
  readonly id: number;
  readonly title: string;
}

/** Word starts are keyed by their first one, two and three characters. */
const KEY_LENGTHS = [1, 2, 3] as const;
/** Titles the fuzzy tier bounds or scores between two of a paced lookup's pauses (well under a millisecond of work). */
const FUZZY_STEP = 256;

/**
 * Titles held in a given order, answering the same ranking as `rankTitles(entries, query, (e) =>
 * [e.title], limit)` without matching every title on every keystroke: the exact and start tiers come
 * from a range of the folded titles sorted, the word-start tier from lists of word starts keyed by
 * their first characters (each list in entry order, so the first `limit` found are the best), or for
 * a longer query from the titles holding all its three-character pieces, as does the contains tier;
 * the words tier from the intersection of the typed words' word-start lists. Only when none of those
 * match are titles searched for the fuzzy tier (ruled out first by their letters), and a query
 * that extends the previous one searches only what held the previous one.
 */
export class TitleLookup {
  readonly entries: readonly TitleEntry[];
  private readonly prepared: PreparedTitle[];
  private readonly sorted: SortedTitles;
  private readonly wordStarts: Map<string, number[]>[];
  private readonly grams: TitleGrams;
  private readonly fuzzy: FuzzyTier;

  private constructor(parts: Parts, sorted?: SortedTitles) {
    this.entries = parts.entries;
    this.prepared = parts.prepared;
    this.sorted = sorted ?? SortedTitles.of(parts.prepared);
    this.wordStarts = parts.wordStarts;
    this.grams = parts.grams;
    this.fuzzy = new FuzzyTier(parts.prepared, parts.masks, planSources(parts));
  }

  /** `entries` in the order ties keep (and an empty query lists); `reuse` gives titles already folded. */
  static of(entries: readonly TitleEntry[], reuse?: (entry: TitleEntry) => PreparedTitle | undefined): TitleLookup {
    const parts = new PartsBuilder(entries.length);
    entries.forEach((entry, position) => parts.add(prepareEntry(entry, reuse), position));
    return new TitleLookup({ entries, ...parts.unpacked(), grams: parts.grams.pack() });
  }

  /**
   * As `of`, but asks `pause` after every `slice` titles (and as often while sorting them), awaiting
   * what it returns, so a page stays responsive while a big library is indexed: `pause` decides
   * whether it is time to let the page go on (a promise) or not yet (undefined).
   */
  static async build(
    entries: readonly TitleEntry[],
    pause: Pause,
    reuse?: (entry: TitleEntry) => PreparedTitle | undefined,
    slice = 64,
  ): Promise<TitleLookup> {
    const parts = new PartsBuilder(entries.length);
    for (let from = 0; from < entries.length; from += slice) {
      for (let position = from; position < Math.min(entries.length, from + slice); position += 1) {
        const entry = entries[position];
        if (entry !== undefined) parts.add(prepareEntry(entry, reuse), position);
      }
      await pause();
    }
    const { prepared, wordStarts, masks, leads } = parts.unpacked();
    const grams = await parts.grams.packInSlices(pause, slice * GRAMS_PER_TITLE);
    return new TitleLookup({ entries, prepared, wordStarts, masks, leads, grams }, await SortedTitles.inSlices(prepared, pause, slice));
  }

  /** The folded form of the title at `position`, for a later lookup to reuse. */
  preparedAt(position: number): PreparedTitle | undefined {
    return this.prepared[position];
  }

  /** The best `limit` entries for `query`, best first, among those whose id `offer` accepts (by default, all). */
  find(query: string, limit: number, offer: (id: number) => boolean = () => true): TitleEntry[] {
    return drain(this.steps(query, limit, offer, Infinity));
  }

  /**
   * As `find`, but the fuzzy tier (the one tier that may visit every title) goes in steps of
   * `step` titles, awaiting what `pause` returns between them, so the page can take a keystroke or
   * paint meanwhile. The answer is the same as `find`'s. Rejects with `signal`'s reason once it
   * aborts (a newer keystroke made the answer moot).
   */
  async findPaced(query: string, limit: number, offer: (id: number) => boolean, pacing: Pacing): Promise<TitleEntry[]> {
    const { pause, signal, step = FUZZY_STEP } = pacing;
    const steps = this.steps(query, limit, offer, step);
    for (;;) {
      signal?.throwIfAborted();
      const next = steps.next();
      if (next.done === true) return next.value;
      await pause();
    }
  }

  /** `find`'s work, yielding between steps of `step` titles in the fuzzy tier. */
  private *steps(query: string, limit: number, offer: (id: number) => boolean, step: number): Generator<void, TitleEntry[], void> {
    if (limit <= 0) return [];
    const typed = prepareQuery(query).text;
    if (typed === '') return this.firstEntries(limit, offer);
    const offered = (position: number): boolean => {
      const entry = this.entries[position];
      return entry !== undefined && offer(entry.id);
    };
    const [exact, start] = this.sorted.startingWith(typed, limit, offered);
    const found = [...exact, ...start].slice(0, limit);
    if (found.length < limit) this.addWithin(typed, limit, offered, found);
    if (found.length < limit) this.addWords(typed, limit, offered, found);
    if (found.length === 0) found.push(...(yield* this.fuzzy.best(typed, limit, offered, step)));
    return found.map((position) => this.entries[position]).filter((entry): entry is TitleEntry => entry !== undefined);
  }

  private firstEntries(limit: number, offer: (id: number) => boolean): TitleEntry[] {
    const first: TitleEntry[] = [];
    for (const entry of this.entries) {
      if (first.length >= limit) break;
      if (offer(entry.id)) first.push(entry);
    }
    return first;
  }

  /** The titles, in entry order, with a word starting with the first characters of `typed` (as many as a key holds). */
  private wordStartList(typed: string): readonly number[] {
    const keyLength = Math.min(typed.length, KEY_LENGTHS.length);
    return this.wordStarts[keyLength - 1]?.get(typed.slice(0, keyLength)) ?? [];
  }

  /**
   * The word-start and contains tiers, each in entry order. A query longer than a word-start key
   * takes both from one pass over the titles holding its three-character pieces (a long key's list
   * can be long and hold few matches); a shorter one reads its key's list, then (for the contains
   * tier) the titles holding its one piece, or every title when it is too short to have one.
   */
  private addWithin(typed: string, limit: number, offered: (position: number) => boolean, found: number[]): void {
    const containing = this.grams.candidates(typed);
    if (typed.length > KEY_LENGTHS.length && containing !== null) {
      this.addFromOnePass(typed, limit, offered, found, containing);
      return;
    }
    this.addOfTier(typed, limit, offered, found, this.wordStartList(typed), MatchTier.wordStart);
    if (found.length < limit) this.addOfTier(typed, limit, offered, found, containing ?? this.prepared.keys(), MatchTier.contains);
  }

  private addFromOnePass(typed: string, limit: number, offered: (position: number) => boolean, found: number[], candidates: Iterable<number>): void {
    const contained: number[] = [];
    for (const position of candidates) {
      if (found.length >= limit) return;
      if (!offered(position)) continue;
      const tier = this.tierAt(typed, position);
      if (tier === MatchTier.wordStart) found.push(position);
      else if (tier === MatchTier.contains && contained.length < limit) contained.push(position);
    }
    found.push(...contained.slice(0, limit - found.length));
  }

  private addOfTier(
    typed: string,
    limit: number,
    offered: (position: number) => boolean,
    found: number[],
    candidates: Iterable<number>,
    tier: MatchTier,
  ): void {
    for (const position of candidates) {
      if (found.length >= limit) return;
      if (offered(position) && this.tierAt(typed, position) === tier) found.push(position);
    }
  }

  /**
   * The words tier in entry order: only titles where every word typed starts a word can match, so
   * the candidates are those on every typed word's word-start list.
   */
  private addWords(typed: string, limit: number, offered: (position: number) => boolean, found: number[]): void {
    const terms = queryTerms(typed);
    if (terms.length < 2) return;
    const [shortest = [], ...others] = terms.map((term) => this.wordStartList(term)).sort((a, b) => a.length - b.length);
    for (const position of inEvery(shortest, others)) {
      if (found.length >= limit) return;
      const folded = this.prepared[position]?.folded ?? '';
      if (offered(position) && !folded.includes(typed) && wordStartsOfEvery(folded, terms) !== null) found.push(position);
    }
  }

  /** The phrase tier of the title at `position` (exact, start, word start or contains), null when it does not hold `typed`. */
  private tierAt(typed: string, position: number): MatchTier | null {
    const title = this.prepared[position];
    return title === undefined ? null : (matchPhrase(typed, title.folded)?.tier ?? null);
  }
}

/** What the strict-first plan reads from a lookup's parts. */
function planSources({ prepared, wordStarts, grams, leads }: Parts): PlanSources {
  const count = prepared.length;
  return {
    count,
    wordStarts: (key) => wordStarts[key.length - 1]?.get(key) ?? [],
    holding: (text) => grams.candidateBits(text) ?? emptyBits(count).fill(~0),
    near: (term) => leads.near(term),
    notPlain: () => leads.notPlain,
  };
}

/** About how many three-character pieces a title adds to the index: paces packing as titles pace the rest of a build. */
const GRAMS_PER_TITLE = 64;

/** What a lookup is made of, apart from its sorted order. */
interface Parts {
  entries: readonly TitleEntry[];
  prepared: PreparedTitle[];
  wordStarts: Map<string, number[]>[];
  masks: Uint32Array;
  leads: TitleLeads;
  grams: TitleGrams;
}

/** Gathers a lookup's parts title by title, in entry order. */
class PartsBuilder {
  private readonly prepared: PreparedTitle[] = [];
  private readonly wordStarts = KEY_LENGTHS.map(() => new Map<string, number[]>());
  private readonly masks: Uint32Array;
  private readonly leads: TitleLeads;
  readonly grams = TitleGrams.builder();

  constructor(count: number) {
    this.masks = new Uint32Array(count);
    this.leads = new TitleLeads(count);
  }

  add(title: PreparedTitle, position: number): void {
    this.prepared.push(title);
    addWordStarts(this.wordStarts, title.folded, position);
    this.masks[position] = letterMask(title.folded);
    this.leads.add(title.folded, position);
    this.grams.add(title.folded, position);
  }

  unpacked(): Pick<Parts, 'prepared' | 'wordStarts' | 'masks' | 'leads'> {
    return { prepared: this.prepared, wordStarts: this.wordStarts, masks: this.masks, leads: this.leads };
  }
}

function prepareEntry(entry: TitleEntry, reuse?: (entry: TitleEntry) => PreparedTitle | undefined): PreparedTitle {
  const known = reuse?.(entry);
  return known !== undefined && known.title === entry.title ? known : prepareTitle(entry.title);
}

/** Adds the title at `position` to the lists of each key length (entry order, once per list). */
function addWordStarts(maps: readonly Map<string, number[]>[], folded: string, position: number): void {
  for (let at = 0; at < folded.length; at += 1) {
    if (folded.charCodeAt(at) === 32) continue;
    if (at > 0 && followsWordChar(folded, at)) continue;
    KEY_LENGTHS.forEach((length, index) => {
      if (at + length > folded.length) return;
      const key = folded.slice(at, at + length);
      const map = maps[index];
      if (map === undefined) return;
      const list = map.get(key);
      if (list === undefined) map.set(key, [position]);
      else if (list[list.length - 1] !== position) list.push(position);
    });
  }
}
