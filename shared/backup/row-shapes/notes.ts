import { HIGHLIGHT_COLORS, type AnchorState, type HighlightColor } from '../../anchoring/types';
import { uidField } from './uid-field';
import { exactly, fraction, nullable, objectOf, oneOf, text, wholeNumber, type Check, type Fields } from './checks';

const COLORS = Object.fromEntries(HIGHLIGHT_COLORS.map((color) => [color, true])) as Record<HighlightColor, true>;
const ANCHOR_STATES: Record<AnchorState, true> = { anchored: true, moved: true, orphaned: true };

/** Rich text as the editors save it: Lexical JSON and its plain text, with the compare-and-set revision and stamp. */
const RICH_TEXT: Fields = { json: nullable(text), text };
const SAVE_FIELDS: Fields = { revision: wholeNumber, savedBy: objectOf({ writer: text, at: wholeNumber }) };

const selectors = objectOf({
  quote: objectOf({ type: exactly('TextQuoteSelector'), exact: text, prefix: text, suffix: text }),
  position: objectOf({ type: exactly('TextPositionSelector'), start: wholeNumber, end: wholeNumber }),
});

const annotationRow = (version: number): Check => objectOf({
  id: wholeNumber,
  ...uidField(version),
  abstractId: wholeNumber,
  selectors,
  color: oneOf(COLORS),
  comment: objectOf(RICH_TEXT, SAVE_FIELDS),
  state: oneOf(ANCHOR_STATES),
  confidence: nullable(fraction),
  createdAt: wholeNumber,
  updatedAt: wholeNumber,
});

/** An abstract's note, or a synthesis note (no abstract). */
const noteRow = (version: number): Check => objectOf(
  { id: wholeNumber, ...uidField(version), abstractId: nullable(wholeNumber), title: nullable(text), ...RICH_TEXT, createdAt: wholeNumber, updatedAt: wholeNumber },
  SAVE_FIELDS,
);

export const NOTE_SHAPES: Readonly<Record<string, (version: number) => Check>> = {
  annotations: annotationRow,
  notes: noteRow,
};
