import { describe, expect, it } from 'vitest';
import { anchor, describeRange, editDistance, maxQuoteErrors } from '../../../../shared/anchoring';

const TEXT =
  'We study gradient descent on overparameterized two-layer networks and show that, with a small ' +
  'initialization, the iterates stay close to a low-rank manifold for a long time. Our analysis ' +
  'explains why early stopping behaves like an implicit regulariser.';

function rangeOf(text: string, words: string, from = 0): [number, number] {
  const start = text.indexOf(words, from);
  if (start === -1) throw new Error(`"${words}" is not in the text`);
  return [start, start + words.length];
}

describe('describeRange', () => {
  it('keeps the quote with 32 characters of context either side, clipped at the ends of the text', () => {
    const [start, end] = rangeOf(TEXT, 'low-rank manifold');
    const { quote, position } = describeRange(TEXT, start, end);
    expect(quote).toEqual({
      type: 'TextQuoteSelector',
      exact: 'low-rank manifold',
      prefix: TEXT.slice(start - 32, start),
      suffix: TEXT.slice(end, end + 32),
    });
    expect(position).toEqual({ type: 'TextPositionSelector', start, end });
    expect(describeRange(TEXT, 0, 8).quote.prefix).toBe('');
    expect(describeRange(TEXT, TEXT.length - 5, TEXT.length).quote.suffix).toBe('');
  });

  it('rejects empty and out-of-range ranges', () => {
    expect(() => describeRange(TEXT, 5, 5)).toThrow(RangeError);
    expect(() => describeRange(TEXT, -1, 4)).toThrow(RangeError);
    expect(() => describeRange(TEXT, 0, TEXT.length + 1)).toThrow(RangeError);
  });
});

describe('anchor', () => {
  const [start, end] = rangeOf(TEXT, 'the iterates stay close to a low-rank manifold');
  const selectors = describeRange(TEXT, start, end);

  it('finds an unchanged highlight at its position with full confidence', () => {
    expect(anchor(TEXT, selectors)).toEqual({ state: 'anchored', start, end, confidence: 1 });
  });

  it('stays anchored when the snippet it was made on grows into the full text', () => {
    const snippet = TEXT.slice(0, end);
    const onSnippet = describeRange(snippet, start, end);
    expect(onSnippet.quote.suffix).toBe('');
    expect(anchor(TEXT, onSnippet)).toEqual({ state: 'anchored', start, end, confidence: 1 });
  });

  it('moves with its words when text is inserted before them', () => {
    const edited = 'Abstract. ' + TEXT;
    const result = anchor(edited, selectors);
    expect(result).toMatchObject({ state: 'moved', start: start + 10, end: end + 10 });
    if (result.state !== 'orphaned') expect(result.confidence).toBeGreaterThan(0.9);
  });

  it('picks the occurrence of a repeated quote whose context matches', () => {
    const text = 'the model fits the data. We then prune the model and the model fits the data again.';
    const [s, e] = rangeOf(text, 'the model', 40);
    const selected = describeRange(text, s, e);
    const edited = 'First, ' + text;
    expect(anchor(edited, selected)).toMatchObject({ state: 'moved', start: s + 7, end: e + 7 });
  });

  it('follows a quote whose words were lightly edited, on the edited words', () => {
    const edited = TEXT.replace('stay close to', 'remain close to');
    const result = anchor(edited, selectors);
    expect(result.state).toBe('moved');
    if (result.state === 'orphaned') return;
    const placed = edited.slice(result.start, result.end);
    expect(placed).toContain('remain close to a low-rank manifold');
    expect(editDistance(placed, selectors.quote.exact)).toBeLessThanOrEqual(maxQuoteErrors(selectors.quote.exact.length));
    expect(result.confidence).toBeLessThan(1);
  });

  it('follows a split word rejoined inside the quote', () => {
    const split = TEXT.replace('manifold', 'mani fold');
    const [s, e] = rangeOf(split, 'the iterates stay close to a low-rank mani fold');
    const result = anchor(TEXT, describeRange(split, s, e));
    expect(result).toMatchObject({ state: 'moved', start, end });
  });

  it('orphans a highlight whose words were removed', () => {
    const edited = TEXT.replace('the iterates stay close to a low-rank manifold for a long time', 'nothing much happens');
    expect(anchor(edited, selectors)).toEqual({ state: 'orphaned' });
  });

  it('orphans a short quote that survives only elsewhere, out of its context', () => {
    const text = 'Our analysis explains early stopping. Unrelated: the analysis is long.';
    const [s, e] = rangeOf(text, 'analysis');
    const short = describeRange(text, s, e);
    const edited = 'Our study explains early stopping. Unrelated: the analysis is long.';
    expect(anchor(edited, short)).toEqual({ state: 'orphaned' });
  });

  it('orphans everything on an unrelated text', () => {
    expect(anchor('Spectral methods recover planted partitions in sparse random graphs.', selectors)).toEqual({ state: 'orphaned' });
  });
});
