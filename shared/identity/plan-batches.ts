import type { ExistingAbstract, ImportPlan, IncomingRecord, RecordOutcome } from '../import/plan-types';
import { sourceKey, sourceOf } from './sources';

/** One call to planImport: whole prefix-key groups of incoming records, with the stored abstracts of those groups. */
export interface PlanBatch {
  existing: ExistingAbstract[];
  /** Indices into the whole import's incoming records, ascending. */
  records: number[];
}

export interface BatchedPlanning {
  batches: PlanBatch[];
  /** Puts the batches' plans, in batch order, together into the plan of the whole import. */
  combine(plans: readonly ImportPlan[]): ImportPlan;
}

function groupBy<Item>(items: Iterable<Item>, keyOf: (item: Item) => string): Map<string, Item[]> {
  const groups = new Map<string, Item[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [item]);
    else group.push(item);
  }
  return groups;
}

/**
 * Splits a large import so that it can be planned a batch at a time, giving exactly the plan that
 * planImport makes of the whole: texts only ever join texts with the same prefix key (identical
 * texts share every key, and a snippet merges only into a text with its opening), so each batch
 * takes whole prefix-key groups. Records whose capture and span are stored already change nothing
 * and join no batch. `prefixKeys` holds each incoming record's prefix key.
 */
export function planInBatches(
  existing: readonly ExistingAbstract[],
  incoming: readonly IncomingRecord[],
  prefixKeys: readonly string[],
  recordsPerBatch: number,
): BatchedPlanning {
  const stored = new Set(existing.flatMap((abstract) => abstract.sources.map(sourceKey)));
  const fresh = incoming.flatMap((record, index) => (stored.has(sourceKey(sourceOf(record))) ? [] : [index]));
  const existingByKey = groupBy(existing, (abstract) => abstract.prefixKey);
  const batches: PlanBatch[] = [];
  let batch: PlanBatch = { existing: [], records: [] };
  for (const [key, records] of groupBy(fresh, (index) => prefixKeys[index] ?? '')) {
    batch.records.push(...records);
    batch.existing.push(...(existingByKey.get(key) ?? []));
    if (batch.records.length >= recordsPerBatch) {
      batches.push(batch);
      batch = { existing: [], records: [] };
    }
  }
  if (batch.records.length > 0) batches.push(batch);
  for (const { records } of batches) records.sort((a, b) => a - b);
  return { batches, combine: (plans) => combinePlans(incoming.length, batches, plans) };
}

function combinePlans(recordCount: number, batches: readonly PlanBatch[], plans: readonly ImportPlan[]): ImportPlan {
  const outcomes: RecordOutcome[] = Array.from({ length: recordCount }, () => 'unchanged');
  const creates: { firstRecord: number; draft: ImportPlan['creates'][number] }[] = [];
  const updates: ImportPlan['updates'] = [];
  batches.forEach((batch, batchIndex) => {
    const plan = plans[batchIndex];
    if (plan === undefined) throw new Error(`Batch ${batchIndex} of the import was not planned.`);
    // planImport creates an abstract for each cluster at the cluster's first record, the one marked added.
    let created = 0;
    batch.records.forEach((recordIndex, position) => {
      const outcome = plan.outcomes[position] ?? 'unchanged';
      outcomes[recordIndex] = outcome;
      const draft = outcome === 'added' ? plan.creates[created++] : undefined;
      if (draft !== undefined) creates.push({ firstRecord: recordIndex, draft });
    });
    updates.push(...plan.updates);
  });
  creates.sort((a, b) => a.firstRecord - b.firstRecord);
  const counts: Record<RecordOutcome, number> = { added: 0, merged: 0, unchanged: 0 };
  for (const outcome of outcomes) counts[outcome] += 1;
  return { creates: creates.map(({ draft }) => draft), updates, outcomes, counts };
}
