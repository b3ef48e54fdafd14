import { describe, expect, it } from 'vitest';
import type { Criterion } from '../../../../shared/screening/types';
import {
  decisionAnnouncement,
  exclusionReasons,
  reasonText,
} from '../../../../renderer/features/screening/screening-text';

const criteria: Criterion[] = [
  { code: 'I1', kind: 'include', label: 'adults' },
  { code: 'E1', kind: 'exclude', label: 'wrong population' },
  { code: 'E2', kind: 'exclude', label: ' wrong design ' },
  { code: 'E3', kind: 'exclude', label: '' },
];

describe('screening text', () => {
  it('announces each verdict, an exclusion with its reason code and label', () => {
    expect(decisionAnnouncement('include', undefined, criteria)).toBe('Included');
    expect(decisionAnnouncement('maybe', undefined, criteria)).toBe('Marked maybe');
    expect(decisionAnnouncement('exclude', undefined, criteria)).toBe('Excluded');
    expect(decisionAnnouncement('exclude', 'E2', criteria)).toBe('Excluded: E2 wrong design');
  });

  it('names a reason by its code alone when the criterion has no label or is gone', () => {
    expect(reasonText('E3', criteria)).toBe('E3');
    expect(reasonText('E9', criteria)).toBe('E9');
  });

  it('offers only the exclusion criteria as reasons, at most nine, in order', () => {
    expect(exclusionReasons(criteria).map((criterion) => criterion.code)).toEqual(['E1', 'E2', 'E3']);
    const many = Array.from({ length: 11 }, (_, index): Criterion => ({
      code: `E${index + 1}`,
      kind: 'exclude',
      label: '',
    }));
    expect(exclusionReasons(many)).toHaveLength(9);
  });
});
