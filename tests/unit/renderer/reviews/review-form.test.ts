import { describe, expect, it } from 'vitest';
import {
  EMPTY_DRAFT,
  LIBRARY_SELECTION,
  draftOf,
  fieldsOf,
  hasErrors,
  newCriterion,
  parseKeywords,
  selectionOf,
  validateDraft,
  type ReviewDraft,
} from '../../../../renderer/features/reviews/review-form';

function draft(patch: Partial<ReviewDraft>): ReviewDraft {
  return { ...EMPTY_DRAFT, name: 'Sleep in adults', question: 'Does CBT-I help?', ...patch };
}

describe('the review form', () => {
  it('splits keywords on commas, trims them and keeps each once', () => {
    expect(parseKeywords(' sleep, insomnia ,, Sleep,  older   adults ')).toEqual(['sleep', 'insomnia', 'older adults']);
    expect(parseKeywords('')).toEqual([]);
  });

  it('numbers new criteria by kind and never reuses a code', () => {
    const first = newCriterion('exclude', []);
    const second = newCriterion('exclude', [first]);
    const inclusion = newCriterion('include', [first, second]);
    expect([first.code, second.code, inclusion.code]).toEqual(['E1', 'E2', 'I1']);
    const renamed = { ...first, code: 'E2' };
    expect(newCriterion('exclude', [renamed]).code).toBe('E3');
  });

  it('asks for a name and a question, and refuses a name another review has or one with a double quote', () => {
    const blank = validateDraft(draft({ name: ' ', question: '' }), []);
    expect(blank.name).toMatch(/name/);
    expect(blank.question).toMatch(/question/);
    expect(validateDraft(draft({}), ['sleep IN adults']).name).toMatch(/already a review/);
    expect(validateDraft(draft({ name: 'The "sleep" review' }), []).name).toMatch(/double quote/);
    expect(hasErrors(validateDraft(draft({}), ['Other']))).toBe(false);
  });

  it('marks the criterion with a missing code, a repeated code or no label', () => {
    const criteria = [
      { key: 1, kind: 'include' as const, code: 'I1', label: 'Adults' },
      { key: 2, kind: 'exclude' as const, code: 'i1', label: 'Children' },
      { key: 3, kind: 'exclude' as const, code: '', label: 'Wrong design' },
      { key: 4, kind: 'exclude' as const, code: 'E3', label: '  ' },
    ];
    const errors = validateDraft(draft({ criteria }), []).criteria;
    expect([...(errors?.keys() ?? [])]).toEqual([1, 2, 3, 4]);
    expect(errors?.get(3)).toMatch(/code/);
    expect(errors?.get(4)).toMatch(/means/);
  });

  it('allows nine exclusion criteria, one for each key, and no more', () => {
    const nine = Array.from({ length: 9 }, (_, index) => ({ key: index, kind: 'exclude' as const, code: `E${index + 1}`, label: 'Reason' }));
    expect(validateDraft(draft({ criteria: nine }), []).criteriaList).toBeUndefined();
    const ten = [...nine, { key: 99, kind: 'exclude' as const, code: 'E10', label: 'Reason' }];
    expect(validateDraft(draft({ criteria: ten }), []).criteriaList).toMatch(/At most 9/);
  });

  it('round-trips a review through the form', () => {
    const review = {
      name: 'Sleep',
      question: 'Q?',
      criteria: [{ code: 'E1', kind: 'exclude' as const, label: 'Children' }],
      includeKeywords: ['sleep', 'adult'],
      excludeKeywords: ['mice'],
    };
    expect(fieldsOf(draftOf(review))).toEqual(review);
  });

  it('names a selection only once its choice is made', () => {
    const sources = [{ hash: 'abc', fileName: 'captures.txt' }];
    const lists = [{ id: 4, name: 'To screen' }];
    expect(selectionOf(LIBRARY_SELECTION, sources, lists)).toEqual({ kind: 'library' });
    expect(selectionOf({ ...LIBRARY_SELECTION, kind: 'tag' }, sources, lists)).toEqual({ problem: 'Choose a tag.' });
    expect(selectionOf({ ...LIBRARY_SELECTION, kind: 'source', captureHash: 'abc' }, sources, lists)).toEqual({ kind: 'source', captureHash: 'abc', fileName: 'captures.txt' });
    expect(selectionOf({ ...LIBRARY_SELECTION, kind: 'list', listId: '4' }, sources, lists)).toEqual({ kind: 'list', listId: 4, name: 'To screen' });
    expect(selectionOf({ ...LIBRARY_SELECTION, kind: 'search', query: '  sleep ' }, sources, lists)).toEqual({ kind: 'search', query: 'sleep' });
  });
});
