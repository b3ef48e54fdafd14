import { describe, expect, it } from 'vitest';
import { textPiecesOf } from '../../../../shared/import/text-pieces';

describe('a capture text cut into pieces', () => {
  it('joins back to the same text, each piece within the length', () => {
    const text = 'abcdefghij'.repeat(7) + 'k';
    const pieces = textPiecesOf(text, 16);
    expect(pieces.join('')).toBe(text);
    expect(pieces.every((piece) => piece.length > 0 && piece.length <= 16)).toBe(true);
    expect(pieces).toHaveLength(5);
  });

  it('never separates the two halves of a character outside the BMP', () => {
    const text = 'ab😀cd😀ef😀';
    const pieces = textPiecesOf(text, 3);
    expect(pieces.join('')).toBe(text);
    for (const piece of pieces) expect(piece).not.toMatch(/[\uD800-\uDBFF]$|^[\uDC00-\uDFFF]/);
  });

  it('has no pieces for an empty text', () => {
    expect(textPiecesOf('')).toEqual([]);
  });
});
