import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ExistingAbstract, IncomingRecord } from '../../../../shared/import/plan-types';
import { planImport } from '../../../../shared/identity/plan';
import { sourceKey } from '../../../../shared/identity/sources';
import { applyPlan, contentOf } from './fixtures';
import { libraryImports } from './library-arbitrary';

function importInSequence(batches: readonly IncomingRecord[][]): ExistingAbstract[] {
  return batches.reduce<ExistingAbstract[]>(
    (library, batch) => applyPlan(library, planImport(library, batch)),
    [],
  );
}

describe('planImport properties', () => {
  it('gives the same abstracts whatever the order or grouping of the imports', () => {
    fc.assert(
      fc.property(libraryImports, fc.nat(), (captures, seed) => {
        const together = importInSequence([captures.flat()]);
        const oneByOne = importInSequence(captures);
        const reversed = importInSequence([...captures].reverse());
        const shuffled = importInSequence([rotate(captures.flat(), seed)]);
        expect(contentOf(oneByOne)).toEqual(contentOf(together));
        expect(contentOf(reversed)).toEqual(contentOf(together));
        expect(contentOf(shuffled)).toEqual(contentOf(together));
      }),
    );
  });

  it('is idempotent: planning the same input again changes nothing', () => {
    fc.assert(
      fc.property(libraryImports, (captures) => {
        const library = importInSequence(captures);
        for (const batch of [captures.flat(), ...captures]) {
          const again = planImport(library, batch);
          expect(again.creates).toEqual([]);
          expect(again.updates).toEqual([]);
          expect(again.counts.unchanged).toBe(batch.length);
        }
      }),
    );
  });

  it('keeps every provenance exactly once and counts every record', () => {
    fc.assert(
      fc.property(libraryImports, (captures) => {
        const records = captures.flat();
        const plan = planImport([], records);
        expect(plan.outcomes).toHaveLength(records.length);
        expect(plan.counts.added).toBe(plan.creates.length);
        const stored = plan.creates.flatMap((draft) => draft.sources.map(sourceKey)).sort();
        const offered = [
          ...new Set(
            records.map(
              (record) => `${record.captureHash}:${record.record.span.start}:${record.record.span.end}`,
            ),
          ),
        ].sort();
        expect(stored).toEqual(offered);
      }),
    );
  });
});

function rotate<T>(items: readonly T[], by: number): T[] {
  if (items.length === 0) return [];
  const shift = by % items.length;
  return [...items.slice(shift), ...items.slice(0, shift)].reverse();
}
