import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wrapText } from '../../../../../shared/screening/prisma/wrap';

const word = fc.string({ unit: fc.constantFrom('a', 'b', 'é', '<', '\u00a0'), minLength: 1, maxLength: 30 });

describe('wrapping box text', () => {
  it('keeps every line within the width and every character in order', () => {
    fc.assert(
      fc.property(fc.array(word, { maxLength: 20 }), fc.integer({ min: 4, max: 40 }), (words, width) => {
        const lines = wrapText(words.join(' '), width);
        for (const line of lines) expect([...line].length).toBeLessThanOrEqual(width);
        expect(lines.join('').replace(/ /gu, '')).toBe(words.join(''));
      }),
    );
  });

  it('breaks only between words when every word fits', () => {
    expect(wrapText('Records screened (n\u00a0=\u00a039)', 20)).toEqual(['Records screened', '(n\u00a0=\u00a039)']);
    expect(wrapText('', 10)).toEqual(['']);
  });
});
