import type { AnchorSelectors } from './types';

/** Characters of context kept either side of a quote. */
export const CONTEXT_LENGTH = 32;

/** The selectors of stored[start, end): its quote with up to 32 characters of context, and its position. */
export function describeRange(storedText: string, start: number, end: number): AnchorSelectors {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > storedText.length || start >= end) {
    throw new RangeError(`Cannot describe the range [${start}, ${end}) of a text of ${storedText.length} characters.`);
  }
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: storedText.slice(start, end),
      prefix: storedText.slice(Math.max(0, start - CONTEXT_LENGTH), start),
      suffix: storedText.slice(end, end + CONTEXT_LENGTH),
    },
    position: { type: 'TextPositionSelector', start, end },
  };
}
