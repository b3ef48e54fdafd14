import fc from 'fast-check';

type Row = Record<string, unknown>;

const timestamp = fc.integer({ min: 1_600_000_000_000, max: 1_900_000_000_000 });
const ORDERS = ['ranked', 'random', 'oldest'] as const;

const criteria = fc.constantFrom(
  [],
  [{ code: 'E1', kind: 'exclude', label: 'Wrong population' }],
  [
    { code: 'I1', kind: 'include', label: 'Randomised trial' },
    { code: 'E1', kind: 'exclude', label: 'نظرية فقط' },
    { code: 'wrong design', kind: 'exclude', label: 'Not a trial 😀' },
  ],
);

const selections = fc.array(
  fc.oneof(
    fc.constant({ kind: 'library' }),
    fc.constant({ kind: 'tag', path: 'theory/sgd' }),
    fc.constant({ kind: 'search', query: 'bound "gradient descent"' }),
    fc.constant({ kind: 'source', captureHash: 'ab12', fileName: 'page.txt' }),
    fc.constant({ kind: 'list', listId: 7, name: 'To read' }),
  ),
  { maxLength: 2 },
);

function reviewOf(id: number): fc.Arbitrary<Row> {
  return fc
    .record({
      name: fc.constantFrom('Bounds', 'مراجعة', 'naïve review'),
      question: fc.constantFrom('', 'Does SGD converge?'),
      criteria,
      includeKeywords: fc.subarray(['bound', 'convex']),
      excludeKeywords: fc.subarray(['survey']),
      order: fc.constantFrom(...ORDERS),
      seed: fc.nat(),
      selections,
      times: fc.tuple(timestamp, timestamp),
    })
    .map(({ times, ...fields }) => ({ id, ...fields, createdAt: Math.min(...times), updatedAt: Math.max(...times) }));
}

/** A decision on `abstractId` at `stage`; an exclusion may give one of the review's exclusion codes. */
function decisionOf(review: Row, abstractId: number, stage: 1 | 2): fc.Arbitrary<Row> {
  const codes = (review.criteria as Row[]).filter((criterion) => criterion.kind === 'exclude').map((criterion) => String(criterion.code));
  return fc
    .record({ verdict: fc.constantFrom('include', 'exclude', 'maybe'), reason: fc.option(fc.constantFrom(...codes, ''), { nil: null }), decidedAt: timestamp, order: fc.constantFrom(...ORDERS) })
    .map(({ verdict, reason, decidedAt, order }) => ({
      reviewId: review.id,
      abstractId,
      stage,
      verdict,
      ...(verdict === 'exclude' && reason !== null && reason !== '' ? { reason } : {}),
      decidedAt,
      order,
    }));
}

interface ReviewContent {
  review: Row;
  records: Row[];
  decisions: Row[];
}

function contentOf(id: number, abstractIds: readonly number[]): fc.Arbitrary<ReviewContent> {
  return reviewOf(id).chain((review) =>
    fc.subarray([...abstractIds], { maxLength: Math.min(4, abstractIds.length) }).chain((members) =>
      fc
        .record({
          records: fc.tuple(...members.map((abstractId) => fc.record({ addedAt: timestamp, note: fc.option(fc.constantFrom('Check the proof', '“$x^2$”'), { nil: null }) }).map(({ addedAt, note }) => ({ reviewId: id, abstractId, addedAt, ...(note === null ? {} : { note }) })))),
          firstStage: fc.subarray(members).chain((screened) => fc.tuple(...screened.map((abstractId) => decisionOf(review, abstractId, 1)))),
        })
        .chain(({ records, firstStage }) => {
          const included = firstStage.filter((decision) => decision.verdict === 'include').map((decision) => Number(decision.abstractId));
          return fc
            .subarray(included)
            .chain((assessed) => fc.tuple(...assessed.map((abstractId) => decisionOf(review, abstractId, 2))))
            .map((fullText) => ({ review, records, decisions: [...firstStage, ...fullText] }));
        }),
    ),
  );
}

/**
 * Up to two reviews over the given abstracts, with records and decisions as the app keeps them: a
 * stage-2 decision only on a stage-1 inclusion, a reason only on an exclusion. At most eight rows a
 * table (later stage-2 decisions are dropped first).
 */
export function arbitraryScreening(abstractIds: readonly number[]): fc.Arbitrary<Record<'reviews' | 'reviewRecords' | 'decisions', Row[]>> {
  return fc
    .uniqueArray(fc.integer({ min: 1, max: 400 }), { maxLength: 2 })
    .map((values) => values.sort((a, b) => a - b))
    .chain((reviewIds) => fc.tuple(...reviewIds.map((id) => contentOf(id, abstractIds))))
    .map((contents) => {
      const firstStage = contents.flatMap((content) => content.decisions.filter((decision) => decision.stage === 1));
      const fullText = contents.flatMap((content) => content.decisions.filter((decision) => decision.stage === 2));
      return {
        reviews: contents.map((content) => content.review),
        reviewRecords: contents.flatMap((content) => content.records),
        decisions: [...firstStage, ...fullText].slice(0, 8),
      };
    });
}
