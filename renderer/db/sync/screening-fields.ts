import {
  DECISION_KIND,
  decisionEntity,
  REVIEW_KIND,
  REVIEW_RECORD_KIND,
  reviewRecordEntity,
  type DecisionFields,
  type ReviewFields,
  type ReviewRecordFields,
  type SyncedSelection,
} from '../../../shared/sync/screening-kinds';
import type { DecisionRow, RecordSelection, ReviewRecordRow, ReviewRow } from '../../../shared/screening/types';
import type { LocalRead } from './local-fields';
import type { UidLookup } from './uid-lookup';

async function syncedSelection(selection: RecordSelection, lookup: UidLookup): Promise<SyncedSelection> {
  if (selection.kind !== 'list') return selection;
  return { kind: 'list', list: (await lookup.uidOf('lists', selection.listId)) ?? null, name: selection.name };
}

export async function reviewEntity(row: ReviewRow, lookup: UidLookup): Promise<LocalRead> {
  const selections: SyncedSelection[] = [];
  for (const selection of row.selections) selections.push(await syncedSelection(selection, lookup));
  const fields: ReviewFields = {
    name: row.name,
    question: row.question,
    criteria: row.criteria.map(({ code, kind, label }) => ({ code, kind, label })),
    includeKeywords: [...row.includeKeywords],
    excludeKeywords: [...row.excludeKeywords],
    order: row.order,
    seed: row.seed,
    selections,
    createdAt: row.createdAt,
  };
  return { ok: true, entity: { kind: REVIEW_KIND, entity: row.uid, fields } };
}

async function ends(row: { reviewId: number; abstractId: number }, lookup: UidLookup): Promise<{ abstractUid: string; reviewUid: string } | null> {
  const abstractUid = await lookup.uidOf('abstracts', row.abstractId);
  const reviewUid = await lookup.uidOf('reviews', row.reviewId);
  return abstractUid === undefined || reviewUid === undefined ? null : { abstractUid, reviewUid };
}

export async function reviewRecordEntityOf(row: ReviewRecordRow, lookup: UidLookup): Promise<LocalRead> {
  const found = await ends(row, lookup);
  if (found === null) return { ok: false, derived: false, reason: `review record ${row.reviewId}/${row.abstractId} has no uid here` };
  const fields: ReviewRecordFields = { addedAt: row.addedAt, note: row.note ?? null };
  return { ok: true, entity: { kind: REVIEW_RECORD_KIND, entity: reviewRecordEntity(found.abstractUid, found.reviewUid), fields } };
}

export async function decisionEntityOf(row: DecisionRow, lookup: UidLookup): Promise<LocalRead> {
  const found = await ends(row, lookup);
  if (found === null) return { ok: false, derived: false, reason: `decision ${row.reviewId}/${row.abstractId} has no uid here` };
  const fields: DecisionFields = { verdict: row.verdict, reason: row.reason ?? null, decidedAt: row.decidedAt, order: row.order };
  return { ok: true, entity: { kind: DECISION_KIND, entity: decisionEntity(found.abstractUid, found.reviewUid, row.stage), fields } };
}
