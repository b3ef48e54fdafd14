/** Where a key press moves the list's cursor, or null when the key is not a list key. */
export function nextIndex(key: string, current: number, count: number, pageSize: number): number | null {
  if (count === 0) return null;
  const last = count - 1;
  switch (key) {
    case 'ArrowDown':
    case 'j':
      return Math.min(current + 1, last);
    case 'ArrowUp':
    case 'k':
      return Math.max(current - 1, 0);
    case 'Home':
      return 0;
    case 'End':
      return last;
    case 'PageDown':
      return Math.min(current + pageSize, last);
    case 'PageUp':
      return Math.max(current - pageSize, 0);
    default:
      return null;
  }
}
