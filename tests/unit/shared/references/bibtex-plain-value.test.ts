import { parse } from '@retorquere/bibtex-parser';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PARSER_OPTIONS } from '../../../../shared/references/bibtex/library';
import { renderPlainValue } from '../../../../shared/references/bibtex/plain-value';

const PIECE = fc.constantFrom(
  'a',
  'Bé',
  ' ',
  '  ',
  '\t',
  '\n',
  '\n\n',
  ' \n \n ',
  '.',
  ',',
  "'",
  '-',
  '(x)',
  '[y]',
  ':',
  '=',
  '?',
  '!',
  '1',
);
const content = fc
  .tuple(
    fc.array(PIECE, { maxLength: 15 }),
    fc.constantFrom('a', 'Bé', '1'),
    fc.array(PIECE, { maxLength: 15 }),
  )
  .map(([before, word, after]) => [...before, word, ...after].join(''))
  // Ligatures make a value not plain.
  .filter((value) => !/''|--/u.test(value));

describe('renderPlainValue', () => {
  it('is what the parser makes of a value with no LaTeX, in every mode', () => {
    fc.assert(
      fc.property(content, (value) => {
        const source = `@misc{k, abstract = {${value}}, note = "${value}", title = {${value}}, journal = {${value}}}`;
        const fields = parse(source, PARSER_OPTIONS).entries[0]?.fields as Record<string, unknown>;
        expect(fields.abstract ?? '').toBe(renderPlainValue(value, 'richtext'));
        expect(fields.note ?? '').toBe(renderPlainValue(value, 'richtext'));
        expect(fields.title ?? '').toBe(renderPlainValue(value, 'other'));
        expect(fields.journal ?? '').toBe(renderPlainValue(value, 'other'));
      }),
      { numRuns: 300 },
    );
  });
});
