import { readEntity } from '../../../shared/sync/entities';
import { sameValue } from '../../../shared/sync/merge-rules';
import {
  DECISION_KIND,
  parseScreeningEntity,
  REVIEW_KIND,
  REVIEW_RECORD_KIND,
  type DecisionFields,
  type ReviewFields,
  type ReviewRecordFields,
  type SyncedSelection,
} from '../../../shared/sync/screening-kinds';
import { randomUid } from '../../../shared/sync/uids';
import type { DecisionRow, RecordSelection, ReviewRecordRow } from '../../../shared/screening/types';
import { complete, reportProblems, upsertOrDelete, type ApplyContext, type ApplyOutcome } from './apply-helpers';

const REVIEW_FIELDS: readonly (keyof ReviewFields)[] = ['name', 'question', 'criteria', 'includeKeywords', 'excludeKeywords', 'order', 'seed', 'selections', 'createdAt'];

/** A list selection names the list here when it is here; otherwise it keeps the name alone (id -1), which is all the report shows. */
async function localSelection(context: ApplyContext, selection: SyncedSelection): Promise<RecordSelection> {
  if (selection.kind !== 'list') return selection;
  const listId = selection.list === null ? undefined : await context.lookup.idOf('lists', selection.list);
  return { kind: 'list', listId: listId ?? -1, name: selection.name };
}

export async function applyReview(context: ApplyContext, entity: string): Promise<ApplyOutcome> {
  const state = readEntity(context.doc, REVIEW_KIND, entity);
  reportProblems(context, state.problems);
  const values = complete(state, REVIEW_FIELDS);
  if (state.present && values === null) return 'pending';
  const selections: RecordSelection[] = [];
  for (const selection of values?.selections ?? []) selections.push(await localSelection(context, selection));
  await upsertOrDelete(context, 'reviews', entity, state.present, () => (values === null ? null : { uid: entity, ...values, selections, updatedAt: context.now }));
  context.lookup.forget('reviews', entity);
  return 'done';
}

async function screeningEnds(context: ApplyContext, entity: string) {
  const parsed = parseScreeningEntity(entity);
  if (parsed === null) return null;
  const abstractId = await context.lookup.idOf('abstracts', parsed.abstractUid);
  const reviewId = await context.lookup.idOf('reviews', parsed.reviewUid);
  return { ...parsed, abstractId, reviewId };
}

export async function applyReviewRecord(context: ApplyContext, entity: string): Promise<ApplyOutcome> {
  const state = readEntity(context.doc, REVIEW_RECORD_KIND, entity);
  reportProblems(context, state.problems);
  const ends = await screeningEnds(context, entity);
  if (ends === null) {
    context.report(`review record ${entity}: malformed key`);
    return 'done';
  }
  const { abstractId, reviewId } = ends;
  if (abstractId === undefined || reviewId === undefined) return state.present ? 'pending' : 'done';
  const records = context.database.reviewRecords;
  if (!state.present) {
    await records.delete([reviewId, abstractId]);
    return 'done';
  }
  const values = complete<ReviewRecordFields>(state, ['addedAt', 'note']);
  if (values === null) return 'pending';
  const row: ReviewRecordRow = { reviewId, abstractId, addedAt: values.addedAt, ...(values.note === null ? {} : { note: values.note }) };
  if (!sameValue(await records.get([reviewId, abstractId]), row)) await records.put(row);
  return 'done';
}

export async function applyDecision(context: ApplyContext, entity: string): Promise<ApplyOutcome> {
  const state = readEntity(context.doc, DECISION_KIND, entity);
  reportProblems(context, state.problems);
  const ends = await screeningEnds(context, entity);
  if (ends?.stage === null || ends === null) {
    context.report(`decision ${entity}: malformed key`);
    return 'done';
  }
  const { abstractId, reviewId, stage } = ends;
  if (abstractId === undefined || reviewId === undefined) return state.present ? 'pending' : 'done';
  const decisions = context.database.decisions;
  const existing = await decisions.get([reviewId, stage, abstractId]);
  if (!state.present) {
    if (existing !== undefined) await decisions.delete([reviewId, stage, abstractId]);
    return 'done';
  }
  const values = complete<DecisionFields>(state, ['verdict', 'reason', 'decidedAt', 'order']);
  if (values === null) return 'pending';
  const { reason, ...rest } = values;
  // The row's own uid is local: the decision is known everywhere by its review, stage and abstract.
  const row: DecisionRow = { uid: existing?.uid ?? randomUid(), reviewId, abstractId, stage, ...rest, ...(reason === null ? {} : { reason }) };
  if (!sameValue(existing, row)) await decisions.put(row);
  return 'done';
}
