import type { Criterion, ReviewRow, Verdict } from './types';

/** The user-editable part of a review, as the New review dialog gives it. */
export interface ReviewInput {
  name: string;
  question: string;
  criteria: readonly Criterion[];
  includeKeywords: readonly string[];
  excludeKeywords: readonly string[];
}

const squash = (text: string): string => text.trim().replace(/\s+/gu, ' ');

/** Trimmed, without empty or repeated (any case) entries, in the order given. */
export function cleanKeywords(words: readonly string[]): string[] {
  const seen = new Set<string>();
  const kept: string[] = [];
  for (const word of words.map(squash)) {
    const key = word.toLowerCase();
    if (word === '' || seen.has(key)) continue;
    seen.add(key);
    kept.push(word);
  }
  return kept;
}

export function cleanReviewName(name: string): string {
  const clean = squash(name);
  if (clean === '') throw new Error('A review needs a name.');
  return clean;
}

/** Criteria with trimmed codes and labels; a missing or repeated code (any case) is an error. */
export function cleanCriteria(criteria: readonly Criterion[]): Criterion[] {
  const seen = new Set<string>();
  return criteria.map((criterion) => {
    const code = squash(criterion.code);
    if (code === '') throw new Error(`The criterion "${criterion.label}" needs a code.`);
    const key = code.toLowerCase();
    if (seen.has(key)) throw new Error(`Two criteria share the code "${code}"; each code must be different.`);
    seen.add(key);
    return { code, kind: criterion.kind, label: squash(criterion.label) };
  });
}

/** The review fields of `input`, cleaned and checked; throws with a message the user can act on. */
export function cleanReviewInput(input: ReviewInput): Pick<ReviewRow, 'name' | 'question' | 'criteria' | 'includeKeywords' | 'excludeKeywords'> {
  return {
    name: cleanReviewName(input.name),
    question: input.question.trim(),
    criteria: cleanCriteria(input.criteria),
    includeKeywords: cleanKeywords(input.includeKeywords),
    excludeKeywords: cleanKeywords(input.excludeKeywords),
  };
}

/** The review's exclusion criteria, in order: reasons 1–9 pick from these. */
export function exclusionCodes(review: Pick<ReviewRow, 'criteria'>): string[] {
  return review.criteria.filter((criterion) => criterion.kind === 'exclude').map((criterion) => criterion.code);
}

/**
 * The reason as the review spells it, or undefined when none applies. Only an exclusion may carry a
 * reason, and it must name one of the review's exclusion criteria (any case).
 */
export function checkedReason(review: Pick<ReviewRow, 'criteria' | 'name'>, verdict: Verdict, reason: string | undefined): string | undefined {
  if (reason === undefined || reason.trim() === '') return undefined;
  if (verdict !== 'exclude') throw new Error('Only an exclusion takes a reason.');
  const wanted = reason.trim().toLowerCase();
  const code = exclusionCodes(review).find((candidate) => candidate.toLowerCase() === wanted);
  if (code === undefined) throw new Error(`"${reason.trim()}" is not an exclusion criterion of the review "${review.name}".`);
  return code;
}
