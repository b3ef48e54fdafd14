import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ExistingAbstract, ImportPlan, IncomingRecord } from '../../../../shared/import/plan-types';
import { identityKeysOf, planImport } from '../../../../shared/identity/plan';
import { planInBatches } from '../../../../shared/identity/plan-batches';
import { applyPlan } from './fixtures';
import { libraryImports } from './library-arbitrary';

function plannedInBatches(library: ExistingAbstract[], records: IncomingRecord[], recordsPerBatch: number): ImportPlan {
  const prefixKeys = records.map(({ record }) => identityKeysOf(record.text).prefixKey);
  const planning = planInBatches(library, records, prefixKeys, recordsPerBatch);
  return planning.combine(planning.batches.map((batch) => planImport(batch.existing, batch.records.map((index) => records[index] as IncomingRecord))));
}

/** The order of updates carries no meaning: each overwrites a different abstract. */
function comparable(plan: ImportPlan): ImportPlan {
  return { ...plan, updates: [...plan.updates].sort((a, b) => a.id - b.id) };
}

describe('planning an import in batches', () => {
  it('makes exactly the plan of the whole import, into an empty or a filled library', () => {
    fc.assert(
      fc.property(libraryImports, fc.integer({ min: 1, max: 4 }), fc.nat(), (captures, recordsPerBatch, split) => {
        const cut = captures.length === 0 ? 0 : split % captures.length;
        const library = captures.slice(0, cut).reduce<ExistingAbstract[]>((stored, batch) => applyPlan(stored, planImport(stored, batch)), []);
        const records = captures.slice(cut).flat();
        expect(comparable(plannedInBatches(library, records, recordsPerBatch))).toEqual(comparable(planImport(library, records)));
      }),
    );
  });
});
