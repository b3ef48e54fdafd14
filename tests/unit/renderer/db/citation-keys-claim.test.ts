import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { uniqueKey } from '../../../../shared/citekeys';
import { CitationKeys } from '../../../../renderer/db/abstracts/citation-keys';

describe('CitationKeys', () => {
  it('gives, the same keys one after the other as a fresh search each time would', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('doe', 'doea', 'doeb', 'smith', 'smitha'), { maxLength: 80 }), (given) => {
        const keys = CitationKeys.of(['doec']);
        const taken = new Set(['doec']);
        for (const citationKey of given) {
          const expected = uniqueKey(citationKey, (key) => taken.has(key));
          taken.add(expected);
          expect(keys.claim({ citationKey, authors: [], year: null, title: null, text: '' })).toBe(expected);
        }
      }),
    );
  });
});
