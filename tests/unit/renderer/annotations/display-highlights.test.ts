import { describe, expect, it } from 'vitest';
import type { AnnotationRow } from '../../../../renderer/db/annotations/types';
import { covering, cutPoints, toDisplayHighlights, type DisplayHighlight } from '../../../../renderer/features/annotations/display-highlights';
import { trimRange } from '../../../../renderer/features/annotations/dom-offsets';

const yellow: DisplayHighlight = { id: 1, color: 'yellow', start: 10, end: 30 };
const green: DisplayHighlight = { id: 2, color: 'green', start: 20, end: 25 };

function row(id: number, start: number, end: number, state: AnnotationRow['state'] = 'anchored'): AnnotationRow {
  return {
    id,
    uid: String(id).padStart(32, '0'),
    abstractId: 1,
    selectors: {
      quote: { type: 'TextQuoteSelector', exact: '', prefix: '', suffix: '' },
      position: { type: 'TextPositionSelector', start, end },
    },
    color: 'blue',
    comment: { json: null, text: '' },
    state,
    confidence: state === 'orphaned' ? null : 1,
    createdAt: 0,
    updatedAt: 0,
  };
}

describe('highlight layout', () => {
  it('cuts a text run where highlights begin and end, inside the run only', () => {
    expect(cutPoints([yellow, green], 0, 40)).toEqual([0, 10, 20, 25, 30, 40]);
    expect(cutPoints([yellow, green], 22, 28)).toEqual([22, 25, 28]);
    expect(cutPoints([yellow], 40, 50)).toEqual([40, 50]);
  });

  it('nests the shorter of two overlapping highlights inside the longer', () => {
    expect(covering([green, yellow], 20, 25).map((highlight) => highlight.id)).toEqual([1, 2]);
    expect(covering([green, yellow], 25, 30).map((highlight) => highlight.id)).toEqual([1]);
    expect(covering([green, yellow], 30, 40)).toEqual([]);
  });

  it('maps stored offsets through the display form and leaves orphans undrawn', () => {
    // Display inserts a space at stored offset 5 ("relat e" style repair in reverse).
    const display = { text: 'abcde fghij', edits: [{ start: 5, end: 5, insert: ' ' }] };
    const placed = toDisplayHighlights([row(1, 6, 9), row(2, 0, 3, 'orphaned'), row(3, 1, 4, 'moved')], display);
    expect(placed).toEqual([
      { id: 1, color: 'blue', start: 7, end: 10 },
      { id: 3, color: 'blue', start: 1, end: 4 },
    ]);
  });

  it('trims white space off a selection, and rejects one that is only white space', () => {
    expect(trimRange('  one two \n', { start: 0, end: 11 })).toEqual({ start: 2, end: 9 });
    expect(trimRange('a   b', { start: 1, end: 4 })).toBeNull();
  });
});
