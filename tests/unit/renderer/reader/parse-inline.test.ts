import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findMathRegions } from '../../../../shared/text/math-regions';
import {
  parseInline,
  splitParagraphs,
  type InlineNode,
} from '../../../../renderer/inline/parse-inline';

/** Text made of dollar signs, digits, letters, spaces and braces: prices, formulas and strays. */
const dollarText = fc
  .array(fc.constantFrom('$', '$$', '5', '10', 'x', 'k^2', 'and', ' ', ' ', '{', '}', '.', '\\$'), {
    maxLength: 40,
  })
  .map((pieces) => pieces.join(''));

/** A compact picture of the nodes, for readable expectations. */
function shape(nodes: InlineNode[]): unknown[] {
  return nodes.map((node) => {
    switch (node.kind) {
      case 'text':
        return node.text;
      case 'math':
        return { math: node.tex, display: node.display };
      case 'cite':
        return { cite: node.keys };
      default:
        return { [node.kind]: shape(node.children) };
    }
  });
}

describe('parseInline', () => {
  it('finds inline math and keeps the text around it', () => {
    expect(shape(parseInline('at least $\\frac{1}{2}k^{k+1}-1$ total nodes'))).toEqual([
      'at least ',
      { math: '\\frac{1}{2}k^{k+1}-1', display: false },
      ' total nodes',
    ]);
  });

  it('reads $$…$$ as display math and adjacent formulas separately', () => {
    expect(shape(parseInline('$$x^2$$ and $32$-$512$'))).toEqual([
      { math: 'x^2', display: true },
      ' and ',
      { math: '32', display: false },
      '-',
      { math: '512', display: false },
    ]);
  });

  it('renders emphasis, bold and citations, nesting math inside emphasis', () => {
    expect(
      shape(parseInline('if we do not \\emph{regularize $x$} \\textbf{now} \\citet{smith2019}.')),
    ).toEqual([
      'if we do not ',
      { emphasis: ['regularize ', { math: 'x', display: false }] },
      ' ',
      { strong: ['now'] },
      ' ',
      { cite: 'smith2019' },
      '.',
    ]);
    expect(shape(parseInline('\\textit{a}\\citep{b, c}'))).toEqual([{ emphasis: ['a'] }, { cite: 'b, c' }]);
  });

  it('leaves unclosed math, unknown commands and escaped dollars as text', () => {
    expect(shape(parseInline('costs $5 and \\$3; \\unknown{x} \\emph{open'))).toEqual([
      'costs $5 and $3; \\unknown{x} \\emph{open',
    ]);
    expect(shape(parseInline('<script>alert(1)</script>'))).toEqual(['<script>alert(1)</script>']);
  });

  it('reads prices as text, by the same rules as text repair', () => {
    expect(shape(parseInline('costs between $5 and $10 per hour'))).toEqual([
      'costs between $5 and $10 per hour',
    ]);
    expect(shape(parseInline('a $ b $ c, and $x$5'))).toEqual(['a $ b $ c, and $x$5']);
    expect(shape(parseInline('$$ $$ then $y$'))).toEqual(['$$ $$ then ', { math: 'y', display: false }]);
  });

  it('finds exactly the math spans text repair finds', () => {
    fc.assert(
      fc.property(dollarText, (source) => {
        const math = parseInline(source).filter((node) => node.kind === 'math');
        const spans = math.map((node) => [node.start, node.end]);
        const regions = findMathRegions(source).map((region) => {
          const delimiter = region.display ? 2 : 1;
          return [region.start - delimiter, region.end + delimiter];
        });
        expect(spans).toEqual(regions);
      }),
    );
  });

  it('keeps offsets into the text it was given, shifted by the paragraph start', () => {
    const nodes = parseInline('a $x$ b', 10);
    expect(nodes.map((node) => [node.start, node.end])).toEqual([
      [10, 12],
      [12, 15],
      [15, 17],
    ]);
  });
});

describe('splitParagraphs', () => {
  it('splits at line breaks, drops blank lines and keeps each start', () => {
    expect(splitParagraphs('One.\n\nTwo.\n  \nThree.')).toEqual([
      { text: 'One.', start: 0 },
      { text: 'Two.', start: 6 },
      { text: 'Three.', start: 14 },
    ]);
  });
});
