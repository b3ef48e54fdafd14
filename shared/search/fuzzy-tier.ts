import { bestScoredInSteps, mergeBest, ROUNDING, type Scored } from './best-fuzzy';
import { ceilingQuery, ceilingTitle, normalizeScore, rawFuzzyCeiling, type CeilingQuery, type CeilingTitle } from './fuzzy-ceiling';
import { letterMask, mayHold } from './letter-mask';
import { strictFirstPlan, type PlanSources } from './strict-first';
import { matchFuzzy, MIN_FUZZY_SCORE, queryTerms, type PreparedTitle } from './title-match';

/** Checking a title for the query's letters is cheaper than bounding or scoring it: this many go in its place. */
const CHECKS_PER_SCORE = 4;

interface Narrowed {
  query: string;
  /**
   * Positions of the titles holding each space-separated term of `query` as letters in order: the
   * only ones a fuzzy match can find (fuzzysort matches every term's letters in order).
   */
  holdingTerms: Int32Array;
}

/**
 * A title lookup's fuzzy tier, asked only when no offered title matched literally: the best-scoring
 * titles that hold each of the query's terms' letters in order, as fuzzysort scores them. It is
 * written as steps (a generator yielding after every `step` titles bounded or scored), so a caller
 * can let the page go on between them; `drain` runs them at once.
 */
export class FuzzyTier {
  private narrowed: Narrowed | null = null;
  private readonly ceilingTitles: (CeilingTitle | undefined)[] = [];

  constructor(
    private readonly prepared: readonly PreparedTitle[],
    private readonly masks: Uint32Array,
    private readonly planSources: PlanSources,
  ) {}

  /**
   * Positions of the best `wanted` titles for `typed` (folded) that `offered` accepts, best first. A
   * query with spaces first scores only the titles that may match every term strictly
   * (strict-first.ts), and stops there when the worst of the best few beats what any other title can
   * score; otherwise the other titles are searched with that worst as their floor, and the two
   * bests merged (no title is scored twice).
   */
  *best(typed: string, wanted: number, offered: (position: number) => boolean, step: number): Generator<void, number[], void> {
    const ceilings = ceilingQuery(typed);
    const terms = queryTerms(typed);
    const wantedMask = letterMask(typed);
    const plan = strictFirstPlan(ceilings, this.planSources);
    let best: Scored[] = [];
    const scoredFirst = new Set<number>();
    if (plan !== null) {
      yield;
      const holding: number[] = [];
      for (let index = 0; index < plan.positions.length; index += 1) {
        if (index > 0 && index % (step * CHECKS_PER_SCORE) === 0) yield;
        const position = plan.positions[index] ?? 0;
        if (offered(position) && this.holds(position, terms, wantedMask)) holding.push(position);
      }
      yield;
      best = yield* this.bestOf(typed, ceilings, holding, wanted, MIN_FUZZY_SCORE, step);
      const worst = best[wanted - 1];
      if (worst !== undefined && normalizeScore(plan.outside) + ROUNDING < worst.score) return best.map((scored) => scored.position);
      for (const position of holding) scoredFirst.add(position);
    }
    const holding = yield* this.holdingTerms(typed, terms, wantedMask, step);
    const rest: number[] = [];
    for (const position of holding) if (offered(position) && !scoredFirst.has(position)) rest.push(position);
    // Only a title that can beat the worst of the best so far can enter the best.
    const floor = best.length >= wanted ? Math.max(MIN_FUZZY_SCORE, best[best.length - 1]?.score ?? MIN_FUZZY_SCORE) : MIN_FUZZY_SCORE;
    best = mergeBest(best, yield* this.bestOf(typed, ceilings, rest, wanted, floor, step), wanted);
    return best.map((scored) => scored.position);
  }

  /** The best `wanted` of `candidates` that can beat `floor`, yielding after every `step` titles bounded or scored. */
  private *bestOf(typed: string, ceilings: CeilingQuery, candidates: ArrayLike<number>, wanted: number, floor: number, step: number): Generator<void, Scored[], void> {
    const query = { text: typed };
    return yield* bestScoredInSteps(
      candidates,
      wanted,
      {
        ceiling: (position) => rawFuzzyCeiling(ceilings, this.ceilingTitleAt(position)),
        refine: (position) => rawFuzzyCeiling(ceilings, this.ceilingTitleAt(position), true),
      },
      (position) => {
        const title = this.prepared[position];
        return title === undefined ? null : (matchFuzzy(query, title)?.score ?? null);
      },
      normalizeScore,
      floor,
      step,
    );
  }

  /** Worked out on a title's first fuzzy candidacy: most titles never get that far. */
  private ceilingTitleAt(position: number): CeilingTitle {
    const known = this.ceilingTitles[position];
    if (known !== undefined) return known;
    const fresh = ceilingTitle(this.prepared[position]?.folded ?? '');
    this.ceilingTitles[position] = fresh;
    return fresh;
  }

  /**
   * Positions (in entry order) of the titles holding each term of `typed` as letters in order, the
   * only ones a fuzzy match can find: narrowed from the previous query's when `typed` extends it.
   */
  private *holdingTerms(typed: string, terms: readonly string[], wantedMask: number, step: number): Generator<void, Int32Array, void> {
    const previous = this.narrowed !== null && typed.startsWith(this.narrowed.query) ? this.narrowed : null;
    const source = previous?.holdingTerms ?? null;
    const count = source === null ? this.prepared.length : source.length;
    const holding: number[] = [];
    for (let index = 0; index < count; index += 1) {
      if (index > 0 && index % (step * CHECKS_PER_SCORE) === 0) yield;
      const position = source === null ? index : (source[index] ?? 0);
      if (this.holds(position, terms, wantedMask)) holding.push(position);
    }
    const holdingTerms = Int32Array.from(holding);
    this.narrowed = { query: typed, holdingTerms };
    return holdingTerms;
  }

  /** Whether the title at `position` holds every term's letters in order (its letters ruled out first by `wantedMask`). */
  private holds(position: number, terms: readonly string[], wantedMask: number): boolean {
    if (!mayHold(this.masks[position] ?? 0, wantedMask)) return false;
    const text = this.prepared[position]?.folded ?? '';
    return terms.every((term) => holdsInOrder(text, term));
  }
}

/** Whether the characters of `term` occur in `text` in order, others between them allowed. */
function holdsInOrder(text: string, term: string): boolean {
  let from = 0;
  for (let at = 0; at < term.length; at += 1) {
    const found = text.indexOf(term.charAt(at), from);
    if (found < 0) return false;
    from = found + 1;
  }
  return true;
}
