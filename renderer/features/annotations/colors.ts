import type { HighlightColor } from '../../db/annotations/types';

export { HIGHLIGHT_COLORS } from '../../db/annotations/types';

export function colorLabel(color: HighlightColor): string {
  return color.charAt(0).toUpperCase() + color.slice(1);
}
