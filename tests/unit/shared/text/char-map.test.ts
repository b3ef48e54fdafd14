import { describe, expect, it } from 'vitest';
import { applyEdits, displayToStored, storedToDisplay } from '../../../../shared/text/char-map';
import type { DisplayForm, TextEdit } from '../../../../shared/text/types';

function formOf(stored: string, edits: TextEdit[]): DisplayForm {
  return { text: applyEdits(stored, edits), edits };
}

describe('character map', () => {
  // "a $qle p$ relat e b" → "a $q\le p$ relate b": one insertion at 5, one deletion at 16.
  const stored = 'a $qle p$ relat e b';
  const form = formOf(stored, [
    { start: 4, end: 4, insert: '\\' },
    { start: 15, end: 16, insert: '' },
  ]);

  it('applies the edits', () => {
    expect(form.text).toBe('a $q\\le p$ relate b');
  });

  it('maps every kept stored character onto its copy in the display', () => {
    for (let offset = 0; offset < stored.length; offset += 1) {
      if (offset === 15) continue;
      expect(form.text[storedToDisplay(form, offset)]).toBe(stored[offset]);
    }
  });

  it('maps an insertion point after the inserted text, and inserted text back to the insertion point', () => {
    expect(storedToDisplay(form, 4)).toBe(5);
    expect(displayToStored(form, 4)).toBe(4);
    expect(displayToStored(form, 5)).toBe(4);
  });

  it('maps a deleted space to the join, and the join to after the deleted space', () => {
    expect(storedToDisplay(form, 15)).toBe(16);
    expect(storedToDisplay(form, 16)).toBe(16);
    expect(displayToStored(form, 16)).toBe(16);
  });

  it('maps the ends of the texts onto each other', () => {
    expect(storedToDisplay(form, 0)).toBe(0);
    expect(storedToDisplay(form, stored.length)).toBe(form.text.length);
    expect(displayToStored(form, form.text.length)).toBe(stored.length);
  });

  it('maps a highlight of "relat e" onto "relate" and back', () => {
    const start = stored.indexOf('relat');
    const end = start + 'relat e'.length;
    const shown = form.text.slice(storedToDisplay(form, start), storedToDisplay(form, end));
    expect(shown).toBe('relate');
    expect(displayToStored(form, form.text.indexOf('relate'))).toBe(start);
    expect(displayToStored(form, form.text.indexOf('relate') + 6)).toBe(end);
  });

  it('handles a replacement as one unit', () => {
    const replaced = formOf('abcdef', [{ start: 2, end: 4, insert: 'XYZ' }]);
    expect(replaced.text).toBe('abXYZef');
    expect([0, 1, 2, 3, 4, 5, 6].map((offset) => storedToDisplay(replaced, offset))).toEqual([
      0, 1, 2, 2, 5, 6, 7,
    ]);
    expect([0, 1, 2, 3, 4, 5, 6, 7].map((offset) => displayToStored(replaced, offset))).toEqual([
      0, 1, 2, 2, 2, 4, 5, 6,
    ]);
  });

  it('is the identity without edits', () => {
    const plain = formOf('plain', []);
    expect(storedToDisplay(plain, 3)).toBe(3);
    expect(displayToStored(plain, 3)).toBe(3);
  });
});
