import { describe, expect, it } from 'vitest';
import { displayTitle } from '../../../../shared/text/display-title';

describe('displayTitle', () => {
  it('shows the title when there is one', () => {
    expect(displayTitle({ title: '  Energy Propagation in Deep Networks ', text: 'Many tasks.' })).toBe(
      'Energy Propagation in Deep Networks',
    );
  });

  it('falls back to a short first sentence', () => {
    expect(displayTitle({ title: null, text: 'Deep nets fit noise. We show why.' })).toBe(
      'Deep nets fit noise.',
    );
    expect(displayTitle({ title: '', text: 'We study SGD, e.g. its noise. Then more.' })).toBe(
      'We study SGD, e.g. its noise.',
    );
  });

  it('cuts a long first sentence on a word boundary with an ellipsis', () => {
    const text =
      'Deep neural networks are the state-of-the-art methods for many real-world tasks, such as computer vision, natural language processing and speech recognition.';
    const title = displayTitle({ title: null, text });
    expect(title).toBe(
      'Deep neural networks are the state-of-the-art methods for many real-world tasks, such as…',
    );
    expect(title.length).toBeLessThanOrEqual(91);
  });

  it('flattens line breaks', () => {
    expect(displayTitle({ title: null, text: 'Line one\ncontinues here' })).toBe('Line one continues here');
  });
});
