import type { LecternDB } from '../schema/database';
import type { DecisionRow, ReviewRow, Verdict } from '../../../shared/screening/types';
import type { VerdictValue } from '../../../shared/search/query-types';

const VERDICT_OF: Record<VerdictValue, Verdict> = { included: 'include', excluded: 'exclude', maybe: 'maybe' };

/** Reviews named `value` (any case); when none is, those whose name contains it. */
function reviewsNamed(reviews: readonly ReviewRow[], value: string): ReviewRow[] {
  const wanted = value.toLowerCase();
  const exact = reviews.filter((review) => review.name.toLowerCase() === wanted);
  return exact.length > 0 ? exact : reviews.filter((review) => review.name.toLowerCase().includes(wanted));
}

/** The ids of the reviews `names` choose (any of them), or of every review when there are no names. */
async function reviewScope(database: LecternDB, names: readonly string[]): Promise<number[]> {
  const reviews = await database.reviews.toArray();
  if (names.length === 0) return reviews.map((review) => review.id);
  return [...new Set(names.flatMap((name) => reviewsNamed(reviews, name).map((review) => review.id)))];
}

/** The abstracts in any review named by `value`. */
export async function reviewMemberIds(database: LecternDB, value: string): Promise<Set<number>> {
  const reviewIds = await reviewScope(database, [value]);
  const ids = new Set<number>();
  for (const reviewId of reviewIds) {
    const keys = await database.reviewRecords.where('[reviewId+abstractId]').between([reviewId, -Infinity], [reviewId, Infinity], true, true).primaryKeys();
    for (const [, abstractId] of keys) ids.add(abstractId);
  }
  return ids;
}

/** Each record's decision at its latest decided stage, in the reviews `names` choose. */
async function latestDecisions(database: LecternDB, names: readonly string[]): Promise<DecisionRow[]> {
  const latest: DecisionRow[] = [];
  for (const reviewId of await reviewScope(database, names)) {
    const byRecord = new Map<number, DecisionRow>();
    const decisions = await database.decisions.where('[reviewId+stage+abstractId]').between([reviewId, -Infinity, -Infinity], [reviewId, Infinity, Infinity], true, true).toArray();
    for (const decision of decisions) {
      const known = byRecord.get(decision.abstractId);
      if (known === undefined || known.stage < decision.stage) byRecord.set(decision.abstractId, decision);
    }
    latest.push(...byRecord.values());
  }
  return latest;
}

/** The abstracts whose latest verdict is `value` in any of the chosen reviews. */
export async function verdictIds(database: LecternDB, value: VerdictValue, reviews: readonly string[]): Promise<Set<number>> {
  const verdict = VERDICT_OF[value];
  return new Set((await latestDecisions(database, reviews)).filter((decision) => decision.verdict === verdict).map((decision) => decision.abstractId));
}

/** The abstracts whose latest decision gives the reason `code` (any case) in any of the chosen reviews. */
export async function reasonIds(database: LecternDB, code: string, reviews: readonly string[]): Promise<Set<number>> {
  const wanted = code.toLowerCase();
  return new Set((await latestDecisions(database, reviews)).filter((decision) => decision.reason?.toLowerCase() === wanted).map((decision) => decision.abstractId));
}
