// tests/e2e compiles without the DOM library (tsconfig.node.json), so functions that run in the
// page describe the little of the DOM they touch here.

export interface ScrollBox {
  scrollTop: number;
  clientHeight: number;
  scrollHeight: number;
  scrollBy(options: { top: number }): void;
  scrollTo(options: { top: number }): void;
}

export interface ElementLike {
  innerText: string;
  textContent: string | null;
  getAttribute(name: string): string | null;
  cloneNode(deep: boolean): ElementLike;
  querySelectorAll(selector: string): { forEach(each: (element: { remove(): void }) => void): void };
}

/** Resolves in the page once every font the page asked for has loaded. */
export const FONTS_READY = 'document.fonts.ready.then(() => true)';

/** The caret in the page as `text of its node@offset`, e.g. ` proves it.@0`. */
export const CARET =
  "(() => { const s = document.getSelection(); return `${s?.anchorNode?.textContent ?? ''}@${s?.anchorOffset ?? -1}`; })()";

/** Makes every IndexedDB write in the page throw, as a full disk does; RESTORE_WRITES undoes it. */
export const FAIL_WRITES = `(() => {
  const put = IDBObjectStore.prototype.put;
  window.restoreWrites = () => { IDBObjectStore.prototype.put = put; };
  IDBObjectStore.prototype.put = () => { throw new DOMException('The disk is full.', 'QuotaExceededError'); };
})()`;

export const RESTORE_WRITES = 'window.restoreWrites()';

/** The clipboard's text, read in the page (the context must be granted clipboard-read). */
export const CLIPBOARD_TEXT = 'navigator.clipboard.readText()';

/** Pastes `html` into the focused element, the way a browser delivers copied web content. */
export function pasteHtml(html: string): string {
  return `(() => {
  const data = new DataTransfer();
  data.setData('text/html', ${JSON.stringify(html)});
  data.setData('text/plain', 'pasted');
  document.activeElement.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
})()`;
}
