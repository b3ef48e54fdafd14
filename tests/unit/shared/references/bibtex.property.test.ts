import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseBibtex } from '../../../../shared/references/bibtex';
import { lineAt } from '../../../../shared/references/record';
import type { ReferenceReadResult } from '../../../../shared/references/record';
import { ALL_BIBTEX_FIXTURES } from './bibtex-fixtures';

const VALID = ALL_BIBTEX_FIXTURES;
/** Characters that matter to BibTeX and LaTeX, so damage lands where the parser is most tested. */
const SPECIAL = fc.constantFrom(
  '{',
  '}',
  '@',
  '$',
  '\\',
  '"',
  ',',
  '=',
  '%',
  '#',
  '<',
  '>',
  '&',
  '\n',
  ' ',
  'a',
  '~',
  '\uE000',
);

function expectPlacedRecords(text: string, result: ReferenceReadResult): void {
  for (const record of result.records) {
    expect(record.span.start).toBeGreaterThanOrEqual(0);
    expect(record.span.start).toBeLessThanOrEqual(record.span.end);
    expect(record.span.end).toBeLessThanOrEqual(text.length);
    expect(record.line).toBe(lineAt(text, record.span.start));
  }
  for (const warning of result.warnings) {
    expect(warning).toMatch(/^(?:Line \d+: |The )/u);
    // The reader's own backstops (a file or an entry it failed on) never fire.
    expect(warning).not.toMatch(/could not be read as BibTeX|a form the reader does not know/u);
  }
}

/** The valid files with characters deleted and inserted at random places. */
const damagedFile = fc
  .array(fc.tuple(fc.nat(), fc.boolean(), SPECIAL), { minLength: 1, maxLength: 12 })
  .map((edits) =>
    edits.reduce((text, [position, insert, character]) => {
      const at = position % (text.length + 1);
      return insert ? text.slice(0, at) + character + text.slice(at) : text.slice(0, at) + text.slice(at + 1);
    }, VALID),
  );

describe('parseBibtex on any input', () => {
  it('never throws on arbitrary strings, and places every record inside the text', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string({ unit: 'grapheme' }),
          fc.array(SPECIAL).map((cs) => `@misc{k,${cs.join('')}}`),
        ),
        (text) => {
          const result = parseBibtex(text);
          expectPlacedRecords(text, result);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never throws on valid files with characters deleted or inserted, and places every record inside the text', () => {
    fc.assert(
      fc.property(damagedFile, (text) => {
        const result = parseBibtex(text);
        expectPlacedRecords(text, result);
        // Damage costs the entries it hits, never the whole file.
        expect(result.records.length).toBeGreaterThan(0);
      }),
      { numRuns: 100 },
    );
  });
});
