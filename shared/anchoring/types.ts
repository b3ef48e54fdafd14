/** W3C Web Annotation TextQuoteSelector: the highlighted words with a little context either side. */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

/** W3C Web Annotation TextPositionSelector: UTF-16 offsets [start, end) in the stored text. */
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

/**
 * Both selectors, on the stored text (never the display text). `quote.exact` is the text the user
 * highlighted; `position` is where the highlight stands now (updated by re-anchoring).
 */
export interface AnchorSelectors {
  quote: TextQuoteSelector;
  position: TextPositionSelector;
}

export type AnchorState = 'anchored' | 'moved' | 'orphaned';

export type AnchorResult =
  | { state: 'anchored' | 'moved'; start: number; end: number; confidence: number }
  | { state: 'orphaned' };

export const HIGHLIGHT_COLORS = ['yellow', 'green', 'blue', 'pink', 'purple'] as const;

export type HighlightColor = (typeof HIGHLIGHT_COLORS)[number];

export function isHighlightColor(value: unknown): value is HighlightColor {
  return typeof value === 'string' && (HIGHLIGHT_COLORS as readonly string[]).includes(value);
}
