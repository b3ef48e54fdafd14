import type { Criterion, RecordSelection, ReviewRow } from '../../../shared/screening/types';

/** Exclusion criteria are picked with the keys 1–9 in screening mode, so there can be at most nine. */
export const MAX_EXCLUSION_CRITERIA = 9;

/** One criterion as the form holds it; `key` keeps React rows stable while codes are being typed. */
export interface CriterionDraft {
  key: number;
  kind: Criterion['kind'];
  code: string;
  label: string;
}

/** The fields a review's name, question, criteria and keywords are edited in; keywords are one comma-separated line each. */
export interface ReviewDraft {
  name: string;
  question: string;
  criteria: CriterionDraft[];
  includeKeywords: string;
  excludeKeywords: string;
}

export type ReviewFields = Pick<ReviewRow, 'name' | 'question' | 'criteria' | 'includeKeywords' | 'excludeKeywords'>;

/** What is wrong with a draft, by field; empty when it can be saved. */
export interface DraftErrors {
  name?: string;
  question?: string;
  /** By the criterion's draft key. */
  criteria?: Map<number, string>;
  criteriaList?: string;
}

export const EMPTY_DRAFT: ReviewDraft = { name: '', question: '', criteria: [], includeKeywords: '', excludeKeywords: '' };

let nextKey = 1;

export function newCriterion(kind: Criterion['kind'], existing: readonly CriterionDraft[]): CriterionDraft {
  const prefix = kind === 'include' ? 'I' : 'E';
  const taken = new Set(existing.map((criterion) => criterion.code.trim().toUpperCase()));
  let number = existing.filter((criterion) => criterion.kind === kind).length + 1;
  while (taken.has(`${prefix}${number}`)) number += 1;
  nextKey += 1;
  return { key: nextKey, kind, code: `${prefix}${number}`, label: '' };
}

export function draftOf(review: ReviewFields): ReviewDraft {
  return {
    name: review.name,
    question: review.question,
    criteria: review.criteria.map((criterion) => {
      nextKey += 1;
      return { key: nextKey, ...criterion };
    }),
    includeKeywords: review.includeKeywords.join(', '),
    excludeKeywords: review.excludeKeywords.join(', '),
  };
}

/** "sleep, insomnia ,, Sleep" → ["sleep", "insomnia"]: trimmed, blanks dropped, repeats (any case) once. */
export function parseKeywords(line: string): string[] {
  const seen = new Set<string>();
  const words: string[] = [];
  for (const part of line.split(',')) {
    const word = part.trim().replace(/\s+/g, ' ');
    if (word === '' || seen.has(word.toLowerCase())) continue;
    seen.add(word.toLowerCase());
    words.push(word);
  }
  return words;
}

function criteriaErrors(criteria: readonly CriterionDraft[]): Map<number, string> {
  const errors = new Map<number, string>();
  const codes = new Map<string, number>();
  for (const criterion of criteria) {
    const code = criterion.code.trim().toUpperCase();
    codes.set(code, (codes.get(code) ?? 0) + 1);
  }
  for (const criterion of criteria) {
    const code = criterion.code.trim();
    if (code === '') errors.set(criterion.key, 'Give this criterion a code.');
    else if (/\s/.test(code)) errors.set(criterion.key, 'A code is one word, such as E2.');
    else if ((codes.get(code.toUpperCase()) ?? 0) > 1) errors.set(criterion.key, `Another criterion has the code ${code}.`);
    else if (criterion.label.trim() === '') errors.set(criterion.key, 'Say what this criterion means.');
  }
  return errors;
}

/**
 * Checks a draft against the other reviews' names. A name is what `review:"NAME"` searches for, so
 * it must be unique (whatever the case) and cannot hold a double quote.
 */
export function validateDraft(draft: ReviewDraft, otherNames: readonly string[]): DraftErrors {
  const errors: DraftErrors = {};
  const name = draft.name.trim();
  if (name === '') errors.name = 'Give the review a name.';
  else if (name.includes('"')) errors.name = 'A name cannot hold a double quote: the library finds a review\'s records with review:"name".';
  else if (otherNames.some((other) => other.trim().toLowerCase() === name.toLowerCase())) errors.name = `There is already a review called ${name}.`;
  if (draft.question.trim() === '') errors.question = 'Write the question the review answers.';
  const byCriterion = criteriaErrors(draft.criteria);
  if (byCriterion.size > 0) errors.criteria = byCriterion;
  if (draft.criteria.filter((criterion) => criterion.kind === 'exclude').length > MAX_EXCLUSION_CRITERIA) {
    errors.criteriaList = `At most ${MAX_EXCLUSION_CRITERIA} exclusion criteria: keys 1–9 pick them.`;
  }
  return errors;
}

export function hasErrors(errors: DraftErrors): boolean {
  return errors.name !== undefined || errors.question !== undefined || errors.criteria !== undefined || errors.criteriaList !== undefined;
}

/** The review's fields from a draft that passed `validateDraft`. */
export function fieldsOf(draft: ReviewDraft): ReviewFields {
  return {
    name: draft.name.trim(),
    question: draft.question.trim(),
    criteria: draft.criteria.map(({ kind, code, label }) => ({ kind, code: code.trim(), label: label.trim() })),
    includeKeywords: parseKeywords(draft.includeKeywords),
    excludeKeywords: parseKeywords(draft.excludeKeywords),
  };
}

/** What the Records field is set to; only the choice that `kind` names is read. */
export interface SelectionDraft {
  kind: RecordSelection['kind'];
  tagPath: string;
  captureHash: string;
  listId: string;
  query: string;
}

export const LIBRARY_SELECTION: SelectionDraft = { kind: 'library', tagPath: '', captureHash: '', listId: '', query: '' };

/** The selection the draft names, or why it names none yet. */
export function selectionOf(
  draft: SelectionDraft,
  sources: readonly { hash: string; fileName: string }[],
  lists: readonly { id: number; name: string }[],
): RecordSelection | { problem: string } {
  switch (draft.kind) {
    case 'library':
      return { kind: 'library' };
    case 'tag':
      return draft.tagPath === '' ? { problem: 'Choose a tag.' } : { kind: 'tag', path: draft.tagPath };
    case 'source': {
      const source = sources.find((candidate) => candidate.hash === draft.captureHash);
      return source === undefined ? { problem: 'Choose a source.' } : { kind: 'source', captureHash: source.hash, fileName: source.fileName };
    }
    case 'list': {
      const list = lists.find((candidate) => String(candidate.id) === draft.listId);
      return list === undefined ? { problem: 'Choose a reading list.' } : { kind: 'list', listId: list.id, name: list.name };
    }
    case 'search':
      return draft.query.trim() === '' ? { problem: 'Type a search.' } : { kind: 'search', query: draft.query.trim() };
  }
}

export function isSelection(value: RecordSelection | { problem: string }): value is RecordSelection {
  return 'kind' in value;
}

/** "Tag theory/sgd", "Search: sleep AND adult": how a selection reads on the review page. */
export function describeSelection(selection: RecordSelection): string {
  switch (selection.kind) {
    case 'library':
      return 'Whole library';
    case 'tag':
      return `Tag ${selection.path}`;
    case 'source':
      return `Source ${selection.fileName}`;
    case 'list':
      return `Reading list ${selection.name}`;
    case 'search':
      return `Search: ${selection.query}`;
  }
}
