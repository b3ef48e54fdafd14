import type { Criterion, ScreeningOrder, Verdict } from '../../../shared/screening/types';

export const ORDER_LABELS: Record<ScreeningOrder, string> = {
  ranked: 'Prioritised',
  random: 'Random',
  oldest: 'Oldest first',
};

/** A reason as the user wrote it: its code and label ("E2 wrong design"), or the bare code of a criterion since removed. */
export function reasonText(code: string, criteria: readonly Criterion[]): string {
  const criterion = criteria.find((each) => each.kind === 'exclude' && each.code === code);
  return criterion && criterion.label.trim() !== '' ? `${code} ${criterion.label.trim()}` : code;
}

/** What the live region says after a decision: "Included", "Excluded: E2 wrong design", "Marked maybe". */
export function decisionAnnouncement(
  verdict: Verdict,
  reason: string | undefined,
  criteria: readonly Criterion[],
): string {
  switch (verdict) {
    case 'include':
      return 'Included';
    case 'maybe':
      return 'Marked maybe';
    case 'exclude':
      return reason === undefined ? 'Excluded' : `Excluded: ${reasonText(reason, criteria)}`;
  }
}

/** The exclusion criteria keys 1–9 pick, in the review's order. */
export function exclusionReasons(criteria: readonly Criterion[]): Criterion[] {
  return criteria.filter((criterion) => criterion.kind === 'exclude').slice(0, 9);
}

export function pluralise(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString('en-US')} ${count === 1 ? one : many}`;
}
