import { useCallback, useEffect, useState, type RefObject } from 'react';
import { rangeToDisplay, type DisplayRange } from './dom-offsets';

export interface BodySelection {
  range: DisplayRange;
  /** Where the selection's first and last lines are on screen, for placing the toolbar. */
  first: DOMRect;
  last: DOMRect;
}

function currentSelection(body: HTMLElement | null, text: string): BodySelection | null {
  const selection = document.getSelection();
  if (!body || !selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const domRange = selection.getRangeAt(0);
  if (!body.contains(domRange.commonAncestorContainer) && !domRange.intersectsNode(body)) return null;
  const range = rangeToDisplay(body, domRange, text);
  if (!range) return null;
  const lines = [...domRange.getClientRects()].filter((rect) => rect.width > 0);
  const whole = domRange.getBoundingClientRect();
  return { range, first: lines[0] ?? whole, last: lines[lines.length - 1] ?? whole };
}

/** The user's text selection inside the abstract body, as display offsets, kept up to date. */
export function useBodySelection(
  body: RefObject<HTMLElement | null>,
  text: string,
): { selection: BodySelection | null; read: () => BodySelection | null } {
  const [selection, setSelection] = useState<BodySelection | null>(null);
  const read = useCallback(() => currentSelection(body.current, text), [body, text]);
  useEffect(() => {
    const update = (): void => setSelection(read());
    document.addEventListener('selectionchange', update);
    window.addEventListener('scroll', update, true);
    window.addEventListener('resize', update);
    return () => {
      document.removeEventListener('selectionchange', update);
      window.removeEventListener('scroll', update, true);
      window.removeEventListener('resize', update);
    };
  }, [read]);
  return { selection, read };
}
