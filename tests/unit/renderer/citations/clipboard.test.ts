import { afterEach, describe, expect, it, vi } from 'vitest';
import { writeClipboard } from '../../../../renderer/features/citations/clipboard';

// Vitest runs in Node: the clipboard, ClipboardItem and document are stand-ins that record what the
// copy offered, the way Chromium and the Electron window (which denies the clipboard permission) answer.

class FakeClipboardItem {
  constructor(readonly parts: Record<string, Promise<Blob>>) {}
}

interface Written {
  via: 'write' | 'copy event' | 'writeText';
  data: Record<string, string>;
}

function install(answers: { write: boolean; copyEvent: boolean }): Written[] {
  const written: Written[] = [];
  vi.stubGlobal('ClipboardItem', FakeClipboardItem);
  vi.stubGlobal('navigator', {
    clipboard: {
      write: async (items: FakeClipboardItem[]) => {
        if (!answers.write) throw new DOMException('Write permission denied.', 'NotAllowedError');
        const data: Record<string, string> = {};
        for (const [type, blob] of Object.entries(items[0]?.parts ?? {})) data[type] = await (await blob).text();
        written.push({ via: 'write', data });
      },
      writeText: (text: string) => {
        written.push({ via: 'writeText', data: { 'text/plain': text } });
        return Promise.resolve();
      },
    },
  });
  let onCopy: ((event: ClipboardEvent) => void) | null = null;
  vi.stubGlobal('document', {
    addEventListener: (_type: string, listener: (event: ClipboardEvent) => void) => (onCopy = listener),
    removeEventListener: () => (onCopy = null),
    execCommand: () => {
      if (!answers.copyEvent || !onCopy) return false;
      const data: Record<string, string> = {};
      onCopy({ clipboardData: { setData: (type: string, value: string) => (data[type] = value) }, preventDefault: () => undefined } as unknown as ClipboardEvent);
      written.push({ via: 'copy event', data });
      return true;
    },
  });
  return written;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

const CITATION = { text: '(Xu & Wang, 2018)', html: '(Xu &#38; Wang, 2018)' };

describe('writeClipboard', () => {
  it('offers plain text and HTML in one ClipboardItem', async () => {
    const written = install({ write: true, copyEvent: true });
    await writeClipboard(Promise.resolve(CITATION), true);
    expect(written).toEqual([{ via: 'write', data: { 'text/plain': CITATION.text, 'text/html': CITATION.html } }]);
  });

  it('offers a pandoc key as plain text only', async () => {
    const written = install({ write: true, copyEvent: true });
    await writeClipboard(Promise.resolve({ text: '[@Xu2018]' }), false);
    expect(written).toEqual([{ via: 'write', data: { 'text/plain': '[@Xu2018]' } }]);
  });

  it('falls back to a copy event with both formats when the clipboard permission is denied', async () => {
    const written = install({ write: false, copyEvent: true });
    await writeClipboard(Promise.resolve(CITATION), true);
    expect(written).toEqual([{ via: 'copy event', data: { 'text/plain': CITATION.text, 'text/html': CITATION.html } }]);
  });

  it('falls back to writeText when neither works', async () => {
    const written = install({ write: false, copyEvent: false });
    await writeClipboard(Promise.resolve(CITATION), true);
    expect(written).toEqual([{ via: 'writeText', data: { 'text/plain': CITATION.text } }]);
  });

  it('rejects, once, when the content cannot be made', async () => {
    const written = install({ write: true, copyEvent: true });
    await expect(writeClipboard(Promise.reject(new Error('the abstracts are no longer in the library')), true)).rejects.toThrow('no longer in the library');
    expect(written).toEqual([]);
  });
});
