import { describe, expect, it } from 'vitest';
import { findMathRegions } from '../../../../shared/text/math-regions';

const contents = (text: string): string[] =>
  findMathRegions(text).map((region) => text.slice(region.start, region.end));

describe('findMathRegions', () => {
  it('finds inline and display formulas', () => {
    expect(contents('say $32$-$512$ points and $$x^2$$ too')).toEqual(['32', '512', 'x^2']);
    expect(contents('with $L_{p,q}$ weight and $qle p^*$, and')).toEqual(['L_{p,q}', 'qle p^*']);
  });

  it('does not read prices or lone dollar signs as math', () => {
    expect(contents('It costs $5 and $10 to run.')).toEqual([]);
    expect(contents('We paid $5.')).toEqual([]);
    expect(contents('a $ b $ c')).toEqual([]);
  });

  it('skips escaped dollars and never crosses a blank line', () => {
    expect(contents('price \\$5 and $x$')).toEqual(['x']);
    expect(contents('start $x\n\ny$ end')).toEqual([]);
  });
});
