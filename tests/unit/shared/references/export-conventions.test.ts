// What the readers understand of the conventions the exporters write (JabRef's nested keywords, RIS labels).
import { describe, expect, it } from 'vitest';
import { parseBibtex } from '../../../../shared/references/bibtex';
import { parseCslJson } from '../../../../shared/references/csl-json';
import { parseRis } from '../../../../shared/references/ris';

describe('a keyword written with " > " is a nested tag', () => {
  it('in BibTeX keywords', () => {
    const [record] = parseBibtex('@article{k, title={T}, keywords={theory > sgd, Optimization >  Convex > First order, TCP/IP}}').records;
    expect(record?.tags).toEqual(['Optimization/Convex/First order', 'TCP∕IP', 'theory/sgd']);
    // The keywords themselves stay as written.
    expect(record?.keywords).toContain('theory > sgd');
  });

  it('in RIS KW lines', () => {
    const [record] = parseRis('TY  - JOUR\nTI  - T\nKW  - theory > sgd\nKW  - a/b > c\nKW  - flat\nER  - \n').records;
    expect(record?.tags).toEqual(['theory/sgd', 'a∕b/c', 'flat']);
  });

  it('in a CSL keyword string', () => {
    const [record] = parseCslJson('[{"type":"article","title":"T","keyword":"theory > sgd, deep learning"}]').records;
    expect(record?.tags).toEqual(['theory/sgd', 'deep learning']);
  });

  it('but not without the spaces, nor with an empty level', () => {
    const [record] = parseCslJson('[{"type":"article","title":"T","keyword":"a>b; x > ; > y"}]').records;
    expect(record?.tags).toEqual(['a>b', 'x >', '> y']);
  });
});

describe('RIS', () => {
  it('takes the citation key from ID, else from LB (EndNote’s Label), never a number', () => {
    const keys = parseRis(
      ['TY  - JOUR\nID  - smith2019\nLB  - other\nTI  - A\nER  - ', 'TY  - JOUR\nID  - 12345\nLB  - lee2020\nTI  - B\nER  - ', 'TY  - JOUR\nLB  - 2020\nTI  - C\nER  - '].join('\n'),
    ).records.map((record) => record.citationKey);
    expect(keys).toEqual(['smith2019', 'lee2020', null]);
  });

  it('does not keep a label that repeats the key as a field', () => {
    const [record] = parseRis('TY  - JOUR\nID  - smith2019\nLB  - smith2019\nTI  - A\nER  - \n').records;
    expect(record?.fields).toEqual({});
  });

  it('keeps paragraph breaks in an abstract (a blank line inside its value), and joins wrapped lines with a space', () => {
    const [record] = parseRis('TY  - JOUR\nTI  - A title\nwrapped\n\nAB  - First\nparagraph.\n\nSecond.\nER  - \n').records;
    expect(record?.title).toBe('A title wrapped');
    expect(record?.text).toBe('First paragraph.\n\nSecond.');
  });

  it('reads a book’s series (T2) as its venue', () => {
    const [record] = parseRis('TY  - BOOK\nTI  - A book\nT2  - Lecture Notes in Physics\nER  - \n').records;
    expect(record?.venue).toBe('Lecture Notes in Physics');
  });
});

describe('BibTeX', () => {
  it('reads every entry after one holding both math and a character outside the BMP (an emoji)', () => {
    const records = parseBibtex('@misc{a, title={$\\alpha$ and 😀}}\n\n@misc{b, title={Plain}}\n\n@misc{c, title={Also plain}}').records;
    expect(records.map((record) => record.citationKey)).toEqual(['a', 'b', 'c']);
  });
});
