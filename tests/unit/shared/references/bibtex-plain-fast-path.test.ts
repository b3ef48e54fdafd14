import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readBibtexWith } from '../../../../shared/references/bibtex/parse-bibtex';
import { plainValues } from '../../../../shared/references/bibtex/plain-values';
import { ALL_BIBTEX_FIXTURES } from './bibtex-fixtures';

const VALID = ALL_BIBTEX_FIXTURES;

const WORDS = [
  'the',
  'Schrödinger',
  'model',
  'of',
  'data,',
  'we',
  '(2020)',
  'show:',
  'p=0.05',
  "it's",
  'x-ray',
  '[1]',
  '日本語',
];
const SPACES = [' ', ' ', ' ', '  ', '\n', '\n  ', '\n\n', ' \n \n\t', '\t'];
/** Pieces that make a value not plain, or plain only in a quoted value. */
const LATEX = [
  '\\emph{new}',
  '{DNA}',
  '$\\alpha$',
  '50\\%',
  'a--b',
  "``q''",
  '~',
  '<b>',
  'a & b',
  '"',
  '@',
  '\\"o',
  'x_1',
  'é\u00A0',
  '{\\cc}',
  '{\\i}',
  '{a b}',
];
/** LaTeX the fast path writes out itself (one-letter accents, one-word groups), and near misses it must leave alone. */
const SIMPLE_LATEX = [
  '{\\\'e}',
  'Caf{\\\'e}s',
  '{\\"o}',
  '{\\" o}',
  '\\`{a}',
  '{\\c c}',
  '{\\c{c}}',
  '{\\v{R}}',
  '{\\H o}',
  '{\\u{g}}',
  '{\\.I}',
  '{\\=a}',
  '{\\^{i}}',
  '{\\~n}',
  'emph{explicitly}',
  '{RNN}s',
  '{2020}',
  '{\\c{cc}}',
  '\\\'e',
  '$x^2$',
  '$\\mathcal{O}(n^2)$',
  '$\\alpha$-stable',
  '12--24',
  'a---b',
  'x----y',
  '--',
];

const text = (latex: boolean | 'simple'): fc.Arbitrary<string> =>
  fc
    .array(fc.tuple(fc.constantFrom(...WORDS, ...(latex === 'simple' ? SIMPLE_LATEX : latex ? LATEX : [])), fc.constantFrom(...SPACES)), {
      minLength: 1,
      maxLength: 24,
    })
    .chain((pieces) =>
      fc.tuple(fc.constantFrom('', ' ', '\n  ', '\n\n'), fc.constantFrom('', ' ', '\n')).map(
        ([before, after]) =>
          before +
          pieces
            .map(([word, space]) => word + space)
            .join('')
            .trimEnd() +
          after,
      ),
    );

const FIELDS = [
  'title',
  'abstract',
  'note',
  'journal',
  'booktitle',
  'annote',
  'howpublished',
  'keywords',
  'author',
  'editor',
  'publisher',
  'location',
  'url',
  'doi',
  'file',
  'series',
  'Abstract',
  'TITLE',
  'comment',
];

const value = fc.oneof(
  text(false).map((content) => `{${content}}`),
  text(true).map((content) => `{${content}}`),
  text('simple').map((content) => `{${content}}`),
  text('simple').map((content) => `{${content}}`),
  text(false).map((content) => `"${content}"`),
  text(false).map((content) => `{${content}} # mac`),
  text(false).map((content) => `mac # {${content}}`),
  fc.constant('mac'),
  fc.constant('2020'),
);

const entry = fc
  .tuple(
    fc.constantFrom('article', 'misc', 'inproceedings', 'proceedings'),
    fc.uniqueArray(fc.tuple(fc.constantFrom(...FIELDS), value), {
      selector: ([field]) => field.toLowerCase(),
      maxLength: 6,
    }),
    fc.constantFrom('', ', crossref = {k0}', ',\n% a comment line\n  note = {after a comment}'),
  )
  .map(([type, fields, tail]) => ({ type, fields, tail }));

const library = fc
  .tuple(fc.array(entry, { minLength: 1, maxLength: 6 }), text(false), fc.boolean())
  .map(([entries, macro, withMacro]) =>
    [
      withMacro ? `@string{mac = {${macro}}}` : '',
      ...entries.map(
        ({ type, fields, tail }, index) =>
          `@${type}{k${index},\n${fields.map(([field, written]) => `  ${field} = ${written}`).join(',\n')}${tail}\n}`,
      ),
    ].join('\n'),
  );

function expectSameReading(source: string): void {
  expect(readBibtexWith(source, true)).toEqual(readBibtexWith(source, false));
}

describe('the fast path for values with no LaTeX', () => {
  it('hides long plain values from the parser', () => {
    const source = `@misc{k, abstract = {${'plain words '.repeat(10)}}, title = {A {B} $x$}}`;
    expect(plainValues('\uE000', ['\uE001', '\uE002']).hide(source).text).toBe(
      '@misc{k, abstract = {\uE000\uE001}, title = {A {B} $x$}}',
    );
  });

  it('hides values whose only LaTeX is one-letter accents, one-word groups, dashes and math', () => {
    const standIns = ['\uE010'];
    const source = `@misc{k, title = {Some plain words first, then Caf{\\'e} na{\\"i}ve {\\c c} emph{x} 12--24 \uE010}, note = {\\emph{a b}}}`;
    expect(plainValues('\uE000', ['\uE001', '\uE002'], standIns).hide(source).text).toBe(
      '@misc{k, title = {\uE000\uE001}, note = {\\emph{a b}}}',
    );
  });

  it('reads generated entries exactly as the parser alone does', () => {
    fc.assert(fc.property(library, expectSameReading), { numRuns: 200 });
  });

  it('reads the fixtures exactly as the parser alone does', () => {
    expectSameReading(VALID);
  });

  it('reads damaged fixtures exactly as the parser alone does', () => {
    const damaged = fc
      .array(
        fc.tuple(fc.nat(), fc.boolean(), fc.constantFrom('{', '}', '"', ',', '=', '#', '@', '\n', '%', ' ')),
        {
          minLength: 1,
          maxLength: 8,
        },
      )
      .map((edits) =>
        edits.reduce((text, [at, remove, character]) => {
          const index = at % (text.length + 1);
          return remove
            ? text.slice(0, index) + text.slice(index + 1)
            : text.slice(0, index) + character + text.slice(index);
        }, VALID),
      );
    fc.assert(fc.property(damaged, expectSameReading), { numRuns: 40 });
  });
});
