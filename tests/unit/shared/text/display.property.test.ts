import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deriveDisplay, displayToStored, storedToDisplay } from '../../../../shared/text/display';
import type { DisplayForm } from '../../../../shared/text/types';
import { capturedText } from './captured-text-arbitrary';
import { isWord, knowsNoWord } from './word-test';

function deletedOffsets(form: DisplayForm): Set<number> {
  return new Set(form.edits.filter((edit) => edit.end > edit.start).map((edit) => edit.start));
}

describe('deriveDisplay properties', () => {
  it('never loses a stored character: each appears in order at its mapped offset, apart from rejoined spaces', () => {
    fc.assert(
      fc.property(capturedText, (stored) => {
        const form = deriveDisplay(stored, isWord);
        const deleted = deletedOffsets(form);
        let previous = -1;
        for (let offset = 0; offset < stored.length; offset += 1) {
          if (deleted.has(offset)) {
            expect(stored[offset]).toBe(' ');
            continue;
          }
          const shown = storedToDisplay(form, offset);
          expect(shown).toBeGreaterThan(previous);
          expect(form.text[shown]).toBe(stored[offset]);
          previous = shown;
        }
        for (const edit of form.edits) expect(edit.insert === '\\' || edit.insert === '').toBe(true);
      }),
    );
  });

  it('maps offsets both ways monotonically, and each map undoes the other where offsets correspond', () => {
    fc.assert(
      fc.property(capturedText, (stored) => {
        const form = deriveDisplay(stored, isWord);
        const deleted = deletedOffsets(form);
        const insertedAt = new Set(
          form.edits.filter((edit) => edit.insert).map((edit) => storedToDisplay(form, edit.start) - 1),
        );
        for (let offset = 0; offset <= stored.length; offset += 1) {
          if (offset > 0)
            expect(storedToDisplay(form, offset)).toBeGreaterThanOrEqual(storedToDisplay(form, offset - 1));
          if (!deleted.has(offset)) expect(displayToStored(form, storedToDisplay(form, offset))).toBe(offset);
        }
        for (let offset = 0; offset <= form.text.length; offset += 1) {
          if (offset > 0)
            expect(displayToStored(form, offset)).toBeGreaterThanOrEqual(displayToStored(form, offset - 1));
          if (!insertedAt.has(offset))
            expect(storedToDisplay(form, displayToStored(form, offset))).toBe(offset);
        }
      }),
    );
  });

  it('leaves text without math, text commands or split words exactly as stored', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 200 }).filter((text) => !text.includes('$') && !text.includes('{')),
        (stored) => {
          const form = deriveDisplay(stored, knowsNoWord);
          expect(form.text).toBe(stored);
          expect(form.edits).toEqual([]);
        },
      ),
    );
  });

  it('leaves prose made of dictionary words as stored', () => {
    const words = fc.constantFrom(
      'we',
      'show',
      'that',
      'in',
      'to',
      'a',
      'the',
      'network',
      'learns',
      'relate',
      'them',
      'worse',
    );
    fc.assert(
      fc.property(fc.array(words, { maxLength: 40 }), (chosen) => {
        const stored = chosen.join(' ');
        expect(deriveDisplay(stored, isWord).text).toBe(stored);
      }),
    );
  });
});
