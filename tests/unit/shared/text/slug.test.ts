import { describe, expect, it } from 'vitest';
import { slugify } from '../../../../shared/text/slug';

describe('slugify', () => {
  it('lower-cases and joins words with single hyphens, none at either end', () => {
    expect(slugify('  Replicates, partly!  ')).toBe('replicates-partly');
    expect(slugify('Über — Straße 2')).toBe('über-straße-2');
  });

  it('folds compatibility forms', () => {
    expect(slugify('ﬁnding ＡＢＣ')).toBe('finding-abc');
  });

  it('is empty for text without letters or digits', () => {
    expect(slugify('—?!')).toBe('');
  });

  it('cuts at the maximum length without leaving a trailing hyphen', () => {
    expect(slugify('abc def ghi', 4)).toBe('abc');
    expect(slugify('abc def ghi', 5)).toBe('abc-d');
    expect(slugify('abc', 60)).toBe('abc');
  });
});
