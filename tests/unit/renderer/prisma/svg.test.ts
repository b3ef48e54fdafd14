// The SVG is parsed here, under the web tsconfig: the XML parser brings the DOM types with it.
import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { prismaSvg } from '../../../../shared/screening/prisma/svg';
import { COUNTS } from '../../support/prisma-counts';

/** Parses strictly: any XML error or warning fails the test. */
function parse(svg: string): Document {
  const problems: string[] = [];
  const record = (message: string): void => {
    problems.push(message);
  };
  const document = new DOMParser({ errorHandler: { warning: record, error: record, fatalError: record } }).parseFromString(svg, 'image/svg+xml');
  expect(problems).toEqual([]);
  return document;
}

/** The text a reader sees, line by line, with the no-break spaces of "(n = 3)" read as spaces. */
function textLines(document: Document): string[] {
  return Array.from(document.getElementsByTagName('text')).map((node) => (node.textContent ?? '').replace(/\u00a0/gu, ' '));
}

describe('the PRISMA flow diagram as SVG', () => {
  const svg = prismaSvg(COUNTS, 'Exercise & <depression> in "older" adults');

  it('is a well-formed standalone SVG 1.1 document', () => {
    expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" version="1.1"')).toBe(true);
    const root = parse(svg).documentElement;
    expect(root.tagName).toBe('svg');
    expect(Number(root.getAttribute('height'))).toBeGreaterThan(400);
  });

  it('escapes the user strings, which read back unchanged', () => {
    expect(svg).toContain('Exercise &amp; &lt;depression&gt; in &quot;older&quot; adults');
    expect(svg).not.toContain('<depression>');
    const lines = textLines(parse(svg));
    expect(lines).toContain('Exercise & <depression> in "older" adults');
    expect(lines).toContain('pubmed <2024> & "more".ris (n = 41)');
  });

  it('holds every box of the template with its number', () => {
    const lines = textLines(parse(svg));
    for (const expected of [
      'Identification',
      'Screening',
      'Included',
      'Identification of studies via databases and registers',
      'Records identified from:',
      '=HYPERLINK("x").bib (n = 13)',
      'Total (n = 54)',
      'Records removed before screening:',
      'Duplicate records removed (n = 7)',
      'Records screened (n = 39)',
      'Awaiting screening (n = 8)',
      'Marked maybe (n = 3)',
      'Not yet screened (n = 5)',
      'Records excluded (n = 28)',
      'E1 Wrong population (n = 17)',
      'No reason given (n = 11)',
      'Reports sought for retrieval (n = 11)',
      'Reports not retrieved (n = 0)',
      'Reports assessed for eligibility (n = 9)',
      'Awaiting full-text assessment (n = 2)',
      'Reports excluded (n = 6):',
      'E2 Not an RCT (n = 6)',
      'Studies included in review (n = 4)',
    ])
      expect(lines).toContain(expected);
  });

  it('wraps a long name inside its box, and the box grows to hold it', () => {
    const long = { ...COUNTS, identified: { ...COUNTS.identified, sources: [{ key: 'a', name: `${'word '.repeat(40)}end.ris`, count: 41 }] } };
    const short = parse(prismaSvg(COUNTS, 'R'));
    const wrapped = parse(prismaSvg(long, 'R'));
    const firstBoxHeight = (document: Document): number => Number(document.getElementsByTagName('rect')[2]?.getAttribute('height'));
    expect(firstBoxHeight(wrapped)).toBeGreaterThan(firstBoxHeight(short));
    const longest = Math.max(...textLines(wrapped).filter((line) => line.startsWith('word')).map((line) => line.length));
    expect(longest).toBeLessThanOrEqual(41);
  });

  it('drops characters XML cannot hold', () => {
    const document = parse(prismaSvg(COUNTS, 'bell\u0007 and\u0000 null'));
    expect(textLines(document)).toContain('bell and null');
  });
});
