import type { DisplayForm } from '../../../shared/text/types';
import { storedToDisplay } from '../../../shared/text/char-map';
import type { AnnotationRow, HighlightColor } from '../../db/annotations/types';

/** A placed highlight in display-text offsets, ready to be drawn. */
export interface DisplayHighlight {
  id: number;
  color: HighlightColor;
  start: number;
  end: number;
}

/** The placed (anchored or moved) annotations as display ranges; orphans are not drawn. */
export function toDisplayHighlights(rows: readonly AnnotationRow[], display: DisplayForm): DisplayHighlight[] {
  const placed: DisplayHighlight[] = [];
  for (const row of rows) {
    if (row.state === 'orphaned') continue;
    const { start, end } = row.selectors.position;
    const displayStart = storedToDisplay(display, start);
    const displayEnd = storedToDisplay(display, end);
    if (displayEnd > displayStart) placed.push({ id: row.id, color: row.color, start: displayStart, end: displayEnd });
  }
  return placed;
}

/** Highlights overlapping [start, end), longest first so shorter ones nest inside and stay visible. */
export function covering(highlights: readonly DisplayHighlight[], start: number, end: number): DisplayHighlight[] {
  return highlights
    .filter((highlight) => highlight.start < end && highlight.end > start)
    .sort((a, b) => a.start - b.start || b.end - a.end || a.id - b.id);
}

/** Cut points inside (start, end) where some highlight begins or ends, with both ends included. */
export function cutPoints(highlights: readonly DisplayHighlight[], start: number, end: number): number[] {
  const points = new Set([start, end]);
  for (const highlight of highlights) {
    if (highlight.start > start && highlight.start < end) points.add(highlight.start);
    if (highlight.end > start && highlight.end < end) points.add(highlight.end);
  }
  return [...points].sort((a, b) => a - b);
}
