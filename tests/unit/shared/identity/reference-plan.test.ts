import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planReferenceImport } from '../../../../shared/identity/reference-plan';
import { incoming } from './fixtures';

const entry = fc.record({
  doi: fc.option(fc.constantFrom('10.1000/a', '10.1000/b', '10.1000/c'), { nil: null }),
  arxiv: fc.option(fc.constantFrom('2101.00001', '2101.00002'), { nil: null }),
  title: fc.option(fc.constantFrom('On Bounds', 'on bounds!', 'Other'), { nil: null }),
  authors: fc.constantFrom<string[][]>([], ['Ana Lima'], ['A. Lima', 'Jo Doe'], ['Jo Doe']),
  year: fc.option(fc.constantFrom(2019, 2020), { nil: null }),
  text: fc.constantFrom('', 'We prove a sharp bound for the convergence of stochastic gradient descent on smooth objectives.', 'Another abstract entirely, about a different question altogether and long enough.'),
});

describe('planReferenceImport', () => {
  it('never puts two different DOIs in one paper, accounts for every entry, and does not depend on the order of entries', () => {
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 12 }), (specs) => {
        const records = specs.map((spec, index) => incoming({ ...spec, role: 'entry', index, captureHash: 'file', start: index * 1000 }));
        const plan = planReferenceImport([], records);
        const papers = plan.creates;
        expect(plan.homes).toHaveLength(records.length);
        expect(plan.counts.added).toBe(papers.length);
        for (const paper of papers) {
          const dois = new Set(paper.sources.map((source) => records.find((record) => record.record.span.start === source.start)?.record.doi).filter((doi) => doi !== null));
          expect(dois.size).toBeLessThanOrEqual(1);
        }
        const reversed = planReferenceImport([], [...records].reverse());
        expect(reversed.creates).toEqual(plan.creates);
      }),
    );
  });
});
