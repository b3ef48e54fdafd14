import { uidField } from './uid-field';
import { anyOf, exactly, listOf, objectOf, oneOf, text, wholeNumber, type Check } from './checks';
import type { Criterion, ScreeningOrder, Verdict } from '../../screening/types';

const KINDS: Record<Criterion['kind'], true> = { include: true, exclude: true };
const ORDERS: Record<ScreeningOrder, true> = { ranked: true, random: true, oldest: true };
const VERDICTS: Record<Verdict, true> = { include: true, exclude: true, maybe: true };

const criterion = objectOf({ code: text, kind: oneOf(KINDS), label: text });

/** How a review's records were chosen (RecordSelection). */
const selection = anyOf(
  [
    objectOf({ kind: exactly('library') }),
    objectOf({ kind: exactly('tag'), path: text }),
    objectOf({ kind: exactly('source'), captureHash: text, fileName: text }),
    objectOf({ kind: exactly('list'), listId: wholeNumber, name: text }),
    objectOf({ kind: exactly('search'), query: text }),
  ],
  'a record selection (library, tag, source, list or search)',
);

const reviewRow = (version: number): Check => objectOf({
  id: wholeNumber,
  ...uidField(version),
  name: text,
  question: text,
  criteria: listOf(criterion),
  includeKeywords: listOf(text),
  excludeKeywords: listOf(text),
  order: oneOf(ORDERS),
  seed: wholeNumber,
  selections: listOf(selection),
  createdAt: wholeNumber,
  updatedAt: wholeNumber,
});

const reviewRecordRow = objectOf({ reviewId: wholeNumber, abstractId: wholeNumber, addedAt: wholeNumber }, { note: text });

const stage = anyOf([exactly(1), exactly(2)], '1 or 2');

const decisionRow = (version: number): Check => objectOf(
  { ...uidField(version), reviewId: wholeNumber, abstractId: wholeNumber, stage, verdict: oneOf(VERDICTS), decidedAt: wholeNumber, order: oneOf(ORDERS) },
  { reason: text },
);

/** Since version 13: systematic reviews, their records and the decisions on them. */
export const SCREENING_SHAPES: Readonly<Record<string, (version: number) => Check>> = {
  reviews: reviewRow,
  reviewRecords: () => reviewRecordRow,
  decisions: decisionRow,
};
