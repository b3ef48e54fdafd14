import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatBibliography, formatCitation } from '../../../../shared/citations';
import { linearTeachers } from './seed-entries';

const base = linearTeachers();

function withTitle(title: string): typeof base {
  return { ...base, title, updatedAt: base.updatedAt + 1 };
}

describe('imported text is never markup', () => {
  it('keeps tags citeproc would read as formatting as the words they are, in text and HTML', () => {
    const entry = withTitle('Bold <b>x</b> & <i>y</i> <script>alert(1)</script>');
    expect(formatBibliography([entry], 'apa', 'text')).toBe('Brutzkus, A. (2021). Bold <b>x</b> & <i>y</i> <script>alert(1)</script>.');
    expect(formatBibliography([entry], 'apa', 'html')).toContain(
      '<i>Bold &#60;b&#62;x&#60;/b&#62; &#38; &#60;i&#62;y&#60;/i&#62; &#60;script&#62;alert(1)&#60;/script&#62;</i>.',
    );
  });

  it('an author named with angle brackets stays text', () => {
    const entry = { ...base, authors: ['Ada <b>Lovelace</b>'] };
    expect(formatCitation([entry], 'apa', 'text')).toBe('(<b>Lovelace</b>, 2021)');
    expect(formatCitation([entry], 'apa', 'html')).not.toContain('<b>');
  });

  it('no title ever produces an element of its own in the HTML', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('<', '>', '/', 'b', 'i', 'sup', 'span', ' ', '"', '&', 'x', 'class="nocase"') }), (title) => {
        const html = formatBibliography([withTitle(`T ${title}`)], 'apa', 'html');
        const tags = html.match(/<\/?[a-z]+/gu) ?? [];
        expect(tags.every((tag) => ['<div', '</div', '<i', '</i'].includes(tag))).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it('reads an edited abstract afresh, though the engine is cached', () => {
    expect(formatBibliography([withTitle('First title')], 'ieee', 'text')).toContain('“First title.”');
    expect(formatBibliography([withTitle('Second title')], 'ieee', 'text')).toContain('“Second title.”');
  });
});
