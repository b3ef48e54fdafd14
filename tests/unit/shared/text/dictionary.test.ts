import { describe, expect, it } from 'vitest';
import { createWordTest } from '../../../../shared/text/dictionary';

describe('createWordTest', () => {
  const isWord = createWordTest();

  it('knows whole English words and not the halves of split ones', () => {
    for (const word of ['relate', 'worse', 'representations', 'into', 'network'])
      expect(isWord(word)).toBe(true);
    for (const fragment of ['relat', 'wor', 'representatio', 'ns', 'qle', 'nto'])
      expect(isWord(fragment)).toBe(false);
  });

  it('answers for lower-case words only', () => {
    expect(isWord('Relate')).toBe(false);
  });
});
