/** The search box's element id; one per window. */
export const SEARCH_BOX_ID = 'library-search';

/** Moves the focus to the search box and selects what it holds, ready to type over. */
export function focusSearchBox(): void {
  const box = document.getElementById(SEARCH_BOX_ID);
  if (!(box instanceof HTMLInputElement)) return;
  box.focus();
  box.select();
}
