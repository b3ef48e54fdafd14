import type { HighlightColor } from '../../db/annotation-types';

export { HIGHLIGHT_COLORS } from '../../db/annotation-types';

export function colorLabel(color: HighlightColor): string {
  return color.charAt(0).toUpperCase() + color.slice(1);
}
