/** What one copy puts on the clipboard: plain text, and HTML when the copy is formatted. */
export interface ClipboardContent {
  text: string;
  html?: string;
}

/**
 * Puts `content` on the clipboard, as text and (`withHtml`) HTML. The content comes as a promise so
 * the write starts within the click: Chromium keeps the user's gesture for a `ClipboardItem` of
 * promises while the abstracts are still being read. Falls back to a `copy` event, which needs no
 * permission (the Electron window denies them all), then to `writeText`.
 */
export async function writeClipboard(content: Promise<ClipboardContent>, withHtml: boolean): Promise<void> {
  if (typeof ClipboardItem !== 'undefined' && typeof navigator.clipboard?.write === 'function') {
    const parts: Record<string, Promise<Blob>> = {
      'text/plain': content.then((ready) => new Blob([ready.text], { type: 'text/plain' })),
    };
    if (withHtml) parts['text/html'] = content.then((ready) => new Blob([ready.html ?? escapeHtml(ready.text)], { type: 'text/html' }));
    // The clipboard holds these promises; if reading fails, that failure is reported below, once.
    for (const part of Object.values(parts)) part.catch(() => undefined);
    try {
      await navigator.clipboard.write([new ClipboardItem(parts)]);
      return;
    } catch {
      // Permission denied, or no promises in ClipboardItem: the simpler ways below.
    }
  }
  const ready = await content;
  if (copyThroughEvent(ready)) return;
  await navigator.clipboard.writeText(ready.text);
}

function copyThroughEvent({ text, html }: ClipboardContent): boolean {
  let copied = false;
  const onCopy = (event: ClipboardEvent): void => {
    if (!event.clipboardData) return;
    event.clipboardData.setData('text/plain', text);
    if (html !== undefined) event.clipboardData.setData('text/html', html);
    event.preventDefault();
    copied = true;
  };
  document.addEventListener('copy', onCopy);
  try {
    // Deprecated, but the one way a page without the clipboard permission can offer both formats.
    document.execCommand('copy');
  } finally {
    document.removeEventListener('copy', onCopy);
  }
  return copied;
}

function escapeHtml(text: string): string {
  return text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');
}
