import { beforeAll, describe, expect, it } from 'vitest';
import { planImport } from '../../../../shared/identity/plan';
import { toIncomingRecords } from '../../../../shared/import/incoming';
import type { ExistingAbstract, IncomingRecord } from '../../../../shared/import/plan-types';
import type { ImportedFile } from '../../../../shared/import/types';
import { storedToDisplay } from '../../../../shared/text/display';
import { applyPlan, contentOf } from '../identity/fixtures';
import { readSeeds } from './seed-files';

let seeds: ImportedFile[] = [];
beforeAll(async () => {
  seeds = await readSeeds();
});

function importEach(batches: readonly IncomingRecord[][]): ExistingAbstract[] {
  return batches.reduce<ExistingAbstract[]>(
    (library, batch) => applyPlan(library, planImport(library, batch)),
    [],
  );
}

describe('importing the five seeds', () => {
  it('makes 26 abstracts of 27 records: the snippet in seeds 001 and 003 is one paper', () => {
    const records = toIncomingRecords(seeds);
    expect(records).toHaveLength(27);
    const plan = planImport([], records);
    expect(plan.counts).toEqual({ added: 26, merged: 1, unchanged: 0 });
    const shared = plan.creates.filter((draft) => draft.sources.length > 1);
    expect(shared).toHaveLength(1);
    expect(
      shared[0]?.text.startsWith('In this paper, we theoretically prove that adding one special neuron'),
    ).toBe(true);
    expect(shared[0]?.sources.map((source) => source.captureHash).sort()).toEqual(
      [seeds[1]?.contentHash, seeds[3]?.contentHash].sort(),
    );
  });

  it('changes nothing when the seeds are imported again, together or one by one', () => {
    const records = toIncomingRecords(seeds);
    const library = applyPlan([], planImport([], records));
    for (const batch of [records, ...seeds.map((seed) => toIncomingRecords([seed]))]) {
      const again = planImport(library, batch);
      expect(again.creates).toEqual([]);
      expect(again.updates).toEqual([]);
      expect(again.counts.unchanged).toBe(batch.length);
    }
  });

  it('gives the same library whatever order the seeds come in', () => {
    const perFile = seeds.map((seed) => toIncomingRecords([seed]));
    const together = contentOf(importEach([perFile.flat()]));
    expect(contentOf(importEach(perFile))).toEqual(together);
    expect(contentOf(importEach([...perFile].reverse()))).toEqual(together);
  });
});

describe('display forms of the seeds', () => {
  const recordStarting = (opening: string) => {
    for (const file of seeds) {
      const index = file.parsed.records.findIndex((record) => record.text.startsWith(opening));
      const record = file.parsed.records[index];
      const display = file.displays[index];
      if (record && display) return { stored: record.text, display };
    }
    throw new Error(`no seed record starts with ${opening}`);
  };

  it('repairs the stripped LaTeX of seed 004 for KaTeX', () => {
    const { display } = recordStarting('In this paper we investigate');
    expect(display.text).toContain('$\\frac{1}{2}k^{k+1}-1$');
    expect(display.text).toContain('$\\mathbb{R}^n\\to \\mathbb{R}$');
    const norms = recordStarting('This paper presents a general framework').display.text;
    expect(norms).toContain('$q\\le p^*$');
    expect(norms).toContain('$L_{1,\\infty}$');
  });

  it('rejoins the split words of seed 004 and restores emph in seed 003', () => {
    expect(recordStarting('Deep neural networks can empirically').display.text).toContain(
      'theories that relate them',
    );
    expect(recordStarting('Deep neural networks can empirically').display.text).toContain(
      '$\\tilde{O}(d^{\\lceil p/2 \\rceil})$',
    );
    expect(recordStarting('Adaptive gradient methods').display.text).toContain('significantly worse test');
    expect(recordStarting('It is widely believed').display.text).toContain('what representations do');
    expect(recordStarting('Several works have aimed').display.text).toContain('\\emph{explicitly}');
  });

  it('keeps every stored character of every record in its display form, where the map says', () => {
    for (const file of seeds) {
      file.parsed.records.forEach((record, index) => {
        const display = file.displays[index];
        if (!display) throw new Error(`no display form for record ${index} of ${file.fileName}`);
        if (display.edits.length === 0) expect(display.text).toBe(record.text);
        const deleted = new Set(
          display.edits.filter((edit) => edit.end > edit.start).map((edit) => edit.start),
        );
        for (let offset = 0; offset < record.text.length; offset += 1) {
          if (!deleted.has(offset))
            expect(display.text[storedToDisplay(display, offset)]).toBe(record.text[offset]);
        }
      });
    }
  });
});
