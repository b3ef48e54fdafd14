import { describe, expect, it } from 'vitest';
import { draftToRestore } from '../../../../renderer/editor/draft-restore';
import type { Draft } from '../../../../renderer/editor/draft-store';

const text = (words: string): string => JSON.stringify({ root: { children: [{ type: 'paragraph', text: words }] } });

describe('a draft left behind by a crash', () => {
  it('is dropped when the same editor saved after writing it (the disk kept an older draft)', () => {
    const draft: Draft = { json: text('Written just'), text: 'Written just', at: 100, writer: 'w1', base: { revision: 3, json: text('Writ') } };
    const stored = { json: text('Written just before'), revision: 5, savedBy: { writer: 'w1', at: 140 } };
    expect(draftToRestore(draft, stored)).toBeNull();
  });

  it('is kept, from the pending save, when the save under way as it was written is the one stored', () => {
    const draft: Draft = {
      json: text('Written just before the crash.'),
      text: 'Written just before the crash.',
      at: 200,
      writer: 'w1',
      base: { revision: 4, json: text('Written just before the c') },
      pending: { at: 150, json: text('Written just before the cra') },
    };
    const stored = { json: text('Written just before the cra'), revision: 5, savedBy: { writer: 'w1', at: 150 } };
    expect(draftToRestore(draft, stored)).toEqual({ draft, base: { revision: 5, json: text('Written just before the cra') } });
  });

  it('merges from the pending save when the stored text also holds another editor’s words', () => {
    const draft: Draft = { json: text('a b c'), text: 'a b c', at: 200, writer: 'w1', pending: { at: 150, json: text('a b') } };
    const stored = { json: text('a b and more'), revision: 7, savedBy: { writer: 'w1', at: 150 } };
    expect(draftToRestore(draft, stored)?.base).toEqual({ revision: -1, json: text('a b') });
  });

  it('merges from its own base when another editor saved last', () => {
    const draft: Draft = { json: text('mine'), text: 'mine', at: 100, writer: 'w1', base: { revision: 2, json: text('') } };
    const stored = { json: text('theirs'), revision: 3, savedBy: { writer: 'w2', at: 300 } };
    expect(draftToRestore(draft, stored)?.base).toEqual({ revision: 2, json: text('') });
  });

  it('from before revisions is merged as if edited from nothing', () => {
    const draft: Draft = { json: text('old'), text: 'old', at: 1 };
    expect(draftToRestore(draft, null)?.base).toEqual({ revision: -1, json: null });
  });
});
