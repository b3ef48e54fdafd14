import type { EntityKind, ValueCheck } from './entities';
import { integerIn, listOf, longText, nonEmptyText, nullable, oneOf, record, shortText, timestamp, uid } from './value-checks';
import type { Criterion, ScreeningOrder, ScreeningStage, Verdict } from '../screening/types';

/**
 * Systematic-review screening as synced entities. A review lives in the meta doc; a record's membership and each
 * decision are keyed by what they are about (`<abstract>.<review>` and `<abstract>.<review>.<stage>`), not by a row
 * uid, so two devices deciding the same record offline edit one decision, merged last-writer-wins.
 */
const ORDERS: readonly ScreeningOrder[] = ['ranked', 'random', 'oldest'];
const MAX_SEED = 0xffff_ffff;

/** How records were chosen; a list is named by its uid (null when that list is not synced), tags by path. */
export type SyncedSelection =
  | { kind: 'library' }
  | { kind: 'tag'; path: string }
  | { kind: 'source'; captureHash: string; fileName: string }
  | { kind: 'list'; list: string | null; name: string }
  | { kind: 'search'; query: string };

const SELECTION_CHECKS: Readonly<Record<SyncedSelection['kind'], ValueCheck>> = {
  library: record({ kind: oneOf(['library']) }),
  tag: record({ kind: oneOf(['tag']), path: shortText }),
  source: record({ kind: oneOf(['source']), captureHash: shortText, fileName: shortText }),
  list: record({ kind: oneOf(['list']), list: nullable(uid), name: shortText }),
  search: record({ kind: oneOf(['search']), query: longText }),
};

const selection: ValueCheck = (value) => {
  const kind: unknown = typeof value === 'object' && value !== null && 'kind' in value ? value.kind : undefined;
  const check = typeof kind === 'string' ? SELECTION_CHECKS[kind as SyncedSelection['kind']] : undefined;
  return check === undefined ? 'not a record selection' : check(value);
};

export interface ReviewFields extends Record<string, unknown> {
  name: string;
  question: string;
  criteria: Criterion[];
  includeKeywords: string[];
  excludeKeywords: string[];
  order: ScreeningOrder;
  seed: number;
  selections: SyncedSelection[];
  createdAt: number;
}

export const REVIEW_KIND: EntityKind<ReviewFields> = {
  name: 'review',
  deletable: true,
  fields: {
    name: nonEmptyText,
    question: longText,
    criteria: listOf(record({ code: nonEmptyText, kind: oneOf(['include', 'exclude']), label: shortText })),
    includeKeywords: listOf(shortText),
    excludeKeywords: listOf(shortText),
    order: oneOf(ORDERS),
    seed: integerIn(0, MAX_SEED),
    selections: listOf(selection),
    createdAt: timestamp,
  },
};

export interface ReviewRecordFields extends Record<string, unknown> {
  addedAt: number;
  note: string | null;
}

export const REVIEW_RECORD_KIND: EntityKind<ReviewRecordFields> = {
  name: 'reviewRecord',
  deletable: true,
  fields: { addedAt: timestamp, note: nullable(longText) },
};

export interface DecisionFields extends Record<string, unknown> {
  verdict: Verdict;
  reason: string | null;
  decidedAt: number;
  order: ScreeningOrder;
}

export const DECISION_KIND: EntityKind<DecisionFields> = {
  name: 'decision',
  deletable: true,
  fields: { verdict: oneOf(['include', 'exclude', 'maybe']), reason: nullable(shortText), decidedAt: timestamp, order: oneOf(ORDERS) },
};

export function reviewRecordEntity(abstractUid: string, reviewUid: string): string {
  return `${abstractUid}.${reviewUid}`;
}

export function decisionEntity(abstractUid: string, reviewUid: string, stage: ScreeningStage): string {
  return `${abstractUid}.${reviewUid}.${stage}`;
}

export function parseScreeningEntity(entity: string): { abstractUid: string; reviewUid: string; stage: ScreeningStage | null } | null {
  const [abstractUid, reviewUid, stage, ...rest] = entity.split('.');
  if (abstractUid === undefined || reviewUid === undefined || rest.length > 0) return null;
  if (stage === undefined) return { abstractUid, reviewUid, stage: null };
  return stage === '1' || stage === '2' ? { abstractUid, reviewUid, stage: Number(stage) as ScreeningStage } : null;
}

