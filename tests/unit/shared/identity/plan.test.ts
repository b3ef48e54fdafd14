import { describe, expect, it } from 'vitest';
import { fingerprint, prefixKey } from '../../../../shared/identity/fingerprint';
import { candidateKeys, planImport } from '../../../../shared/identity/plan';
import { LONG_ABSTRACT, applyPlan, capture, incoming, snippetOf } from './fixtures';

const SNIPPET = snippetOf(LONG_ABSTRACT, 250);
const OTHER_PAPER =
  'In this paper, we theoretically prove that adding one special neuron per layer cannot remove bad local ' +
  'minima, and we give an explicit construction of such minima for networks with rectified linear units.';

describe('planImport: identical texts', () => {
  it('merges identical records from different files into one abstract with both provenances', () => {
    const records = [
      incoming({ text: SNIPPET, truncated: true, captureHash: 'a' }),
      incoming({ text: SNIPPET, truncated: true, captureHash: 'b' }),
    ];
    const plan = planImport([], records);
    expect(plan.counts).toEqual({ added: 1, merged: 1, unchanged: 0 });
    expect(plan.outcomes).toEqual(['added', 'merged']);
    expect(plan.creates).toHaveLength(1);
    expect(plan.creates[0]?.sources.map((source) => source.captureHash)).toEqual(['a', 'b']);
  });

  it('treats texts differing only in stray spaces, case, punctuation or stripped backslashes as identical', () => {
    const stored =
      'Theories that relat e them to learners; see $frac{1}{2}$ and the bound of Theorem 1 for details.';
    const other =
      'theories that relate them to learners see $\\frac{1}{2}$ and the bound of theorem 1, for details';
    const plan = planImport(
      [],
      [incoming({ text: stored, captureHash: 'a' }), incoming({ text: other, captureHash: 'b' })],
    );
    expect(plan.counts).toEqual({ added: 1, merged: 1, unchanged: 0 });
  });

  it('finds an identical abstract already in the library and adds the new provenance', () => {
    const library = applyPlan([], planImport([], [incoming({ text: LONG_ABSTRACT, captureHash: 'a' })]));
    const plan = planImport(library, [incoming({ text: LONG_ABSTRACT, captureHash: 'b', start: 7 })]);
    expect(plan.outcomes).toEqual(['merged']);
    expect(plan.creates).toEqual([]);
    expect(plan.updates).toHaveLength(1);
    expect(plan.updates[0]?.after.sources.map((source) => `${source.captureHash}@${source.start}`)).toEqual([
      'a@0',
      'b@7',
    ]);
  });
});

describe('planImport: snippets and full texts', () => {
  it('merges a truncated snippet into the full text of the same batch: fuller text wins, both provenances kept', () => {
    const records = [
      incoming({ text: SNIPPET, truncated: true, captureHash: 'portal', title: null, views: 105 }),
      incoming({ text: LONG_ABSTRACT, truncated: false, captureHash: 'blog', title: 'Adding one neuron' }),
    ];
    const plan = planImport([], records);
    expect(plan.counts).toEqual({ added: 1, merged: 1, unchanged: 0 });
    const [abstract] = plan.creates;
    expect(abstract?.text).toBe(LONG_ABSTRACT);
    expect(abstract?.truncated).toBe(false);
    expect(abstract?.fingerprint).toBe(fingerprint(LONG_ABSTRACT));
    expect(abstract?.prefixKey).toBe(prefixKey(LONG_ABSTRACT));
    expect(abstract?.title).toBe('Adding one neuron');
    expect(abstract?.views).toBe(105);
    expect(abstract?.sources.map((source) => source.captureHash).sort()).toEqual(['blog', 'portal']);
  });

  it('upgrades a stored snippet when its full text arrives, keeping the snippet provenance', () => {
    const library = applyPlan(
      [],
      planImport([], [incoming({ text: SNIPPET, truncated: true, captureHash: 'portal' })]),
    );
    const plan = planImport(library, [incoming({ text: LONG_ABSTRACT, captureHash: 'blog' })]);
    expect(plan.outcomes).toEqual(['merged']);
    expect(plan.creates).toEqual([]);
    const after = plan.updates[0]?.after;
    expect(plan.updates[0]?.id).toBe(library[0]?.id);
    expect(after?.text).toBe(LONG_ABSTRACT);
    expect(after?.display.text).toBe(LONG_ABSTRACT);
    expect(after?.truncated).toBe(false);
    expect(after?.fingerprint).toBe(fingerprint(LONG_ABSTRACT));
    expect(after?.sources.map((source) => source.captureHash)).toEqual(['portal', 'blog']);
  });

  it('adds a snippet to the stored full text without changing the text', () => {
    const library = applyPlan([], planImport([], [incoming({ text: LONG_ABSTRACT, captureHash: 'blog' })]));
    const plan = planImport(library, [incoming({ text: SNIPPET, truncated: true, captureHash: 'portal' })]);
    expect(plan.outcomes).toEqual(['merged']);
    expect(plan.updates[0]?.after.text).toBe(LONG_ABSTRACT);
    expect(plan.updates[0]?.after.sources).toHaveLength(2);
  });

  it('prefers a complete copy to a snippet cut just before the final full stop', () => {
    const cut = LONG_ABSTRACT.slice(0, -1);
    const library = applyPlan(
      [],
      planImport([], [incoming({ text: cut, truncated: true, captureHash: 'portal' })]),
    );
    const plan = planImport(library, [incoming({ text: LONG_ABSTRACT, captureHash: 'blog' })]);
    expect(plan.outcomes).toEqual(['merged']);
    expect(plan.updates[0]?.after.text).toBe(LONG_ABSTRACT);
    expect(plan.updates[0]?.after.truncated).toBe(false);
  });

  it('merges a shorter truncated snippet into a longer one, and both into the full text', () => {
    const short = incoming({ text: snippetOf(LONG_ABSTRACT, 120), truncated: true, captureHash: 'a' });
    const longer = incoming({ text: SNIPPET, truncated: true, captureHash: 'b' });
    const snippetsOnly = planImport([], [short, longer]);
    expect(snippetsOnly.creates.map((draft) => [draft.text, draft.truncated])).toEqual([[SNIPPET, true]]);
    const all = planImport([], [short, longer, incoming({ text: LONG_ABSTRACT, captureHash: 'c' })]);
    expect(all.counts).toEqual({ added: 1, merged: 2, unchanged: 0 });
    expect(all.creates[0]?.text).toBe(LONG_ABSTRACT);
  });

  it('never merges a short generic opening, even when truncated', () => {
    const opening = incoming({
      text: 'In this paper, we theoretically prove that',
      truncated: true,
      captureHash: 'a',
    });
    const plan = planImport([], [opening, incoming({ text: LONG_ABSTRACT, captureHash: 'b' })]);
    expect(plan.counts).toEqual({ added: 2, merged: 0, unchanged: 0 });
  });

  it('never merges a complete text by prefix', () => {
    const complete = incoming({ text: snippetOf(LONG_ABSTRACT, 150), truncated: false, captureHash: 'a' });
    const plan = planImport([], [complete, incoming({ text: LONG_ABSTRACT, captureHash: 'b' })]);
    expect(plan.counts).toEqual({ added: 2, merged: 0, unchanged: 0 });
  });
});

describe('planImport: different papers', () => {
  it('keeps different papers that open alike apart', () => {
    expect(prefixKey(OTHER_PAPER)).toBe(prefixKey(LONG_ABSTRACT));
    const plan = planImport(
      [],
      [
        incoming({ text: LONG_ABSTRACT, captureHash: 'a' }),
        incoming({ text: OTHER_PAPER, captureHash: 'b' }),
      ],
    );
    expect(plan.counts).toEqual({ added: 2, merged: 0, unchanged: 0 });
  });

  it('keeps a snippet away from a paper it diverges from', () => {
    const snippet = incoming({ text: SNIPPET, truncated: true, captureHash: 'a' });
    const library = applyPlan([], planImport([], [incoming({ text: OTHER_PAPER, captureHash: 'b' })]));
    const plan = planImport(library, [snippet]);
    expect(plan.outcomes).toEqual(['added']);
    expect(plan.updates).toEqual([]);
  });

  it('ignores unrelated candidates the data layer fetched', () => {
    const library = applyPlan([], planImport([], [incoming({ text: OTHER_PAPER, captureHash: 'b' })]));
    const plan = planImport(library, [
      incoming({ text: 'A different abstract about kernels and their limits.', captureHash: 'c' }),
    ]);
    expect(plan.updates).toEqual([]);
    expect(plan.creates).toHaveLength(1);
  });
});

describe('planImport: re-import and metadata', () => {
  const file = capture('seed', [
    { text: LONG_ABSTRACT, role: 'main', title: 'Adding one neuron', authors: ['A. Author'], year: 2018 },
    { text: snippetOf(OTHER_PAPER, 150), truncated: true, views: 12 },
  ]);

  it('changes nothing when the same capture is imported again', () => {
    const library = applyPlan([], planImport([], file));
    const again = planImport(library, file);
    expect(again.creates).toEqual([]);
    expect(again.updates).toEqual([]);
    expect(again.outcomes).toEqual(['unchanged', 'unchanged']);
    expect(again.counts).toEqual({ added: 0, merged: 0, unchanged: 2 });
  });

  it('changes nothing on re-import after the user edited a stored text', () => {
    const library = applyPlan([], planImport([], file)).map((abstract) => ({
      ...abstract,
      text: `${abstract.text} (edited)`,
    }));
    const again = planImport(library, file);
    expect(again.creates).toEqual([]);
    expect(again.updates).toEqual([]);
  });

  it('counts a record repeated within one import once', () => {
    const plan = planImport([], [...file, ...file]);
    expect(plan.counts).toEqual({ added: 2, merged: 0, unchanged: 2 });
  });

  it('keeps known metadata and fills in what was missing', () => {
    const library = applyPlan(
      [],
      planImport([], [incoming({ text: LONG_ABSTRACT, captureHash: 'a', title: 'Known title' })]),
    );
    const plan = planImport(library, [
      incoming({
        text: SNIPPET,
        truncated: true,
        captureHash: 'b',
        title: 'Other title',
        authors: ['B. Writer'],
        year: 2019,
        field: 'CS',
      }),
    ]);
    const after = plan.updates[0]?.after;
    expect(after?.title).toBe('Known title');
    expect(after?.authors).toEqual(['B. Writer']);
    expect(after?.year).toBe(2019);
    expect(after?.field).toBe('CS');
    expect(after?.quote).toBeNull();
  });
});

describe('candidateKeys', () => {
  it('asks for the fingerprint and prefix key of every record, each once', () => {
    const keys = candidateKeys([
      incoming({ text: SNIPPET, truncated: true }),
      incoming({ text: LONG_ABSTRACT, index: 1 }),
    ]);
    expect(keys.fingerprints.sort()).toEqual([fingerprint(LONG_ABSTRACT), fingerprint(SNIPPET)].sort());
    expect(keys.prefixKeys).toEqual([prefixKey(LONG_ABSTRACT)]);
  });
});
