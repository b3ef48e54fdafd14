import { describe, expect, it } from 'vitest';
import { deriveDisplay } from '../../../../shared/text/display';
import { isWord } from './word-test';

const display = (stored: string): string => deriveDisplay(stored, isWord).text;

describe('deriveDisplay: stripped LaTeX in math', () => {
  it.each([
    ['$frac{1}{2}k^{k+1}-1$', '$\\frac{1}{2}k^{k+1}-1$'],
    ['$mathbb{R}^nto mathbb{R}$', '$\\mathbb{R}^n\\to \\mathbb{R}$'],
    ['$qle p^*$', '$q\\le p^*$'],
    ['$L_{1,infty}$', '$L_{1,\\infty}$'],
    ['$tilde{O}(d^{lceil p/2 rceil})$', '$\\tilde{O}(d^{\\lceil p/2 \\rceil})$'],
    ['($p geq 4$)', '($p \\geq 4$)'],
    ['$mathcal{O}(nlog n)$', '$\\mathcal{O}(n\\log n)$'],
    ['$alphabeta$', '$\\alpha\\beta$'],
    ['$Oleft(nright)$', '$O\\left(n\\right)$'],
    ['$x^top y$', '$x^\\top y$'],
    ['$x_{max}$', '$x_{\\max}$'],
  ])('repairs %s', (stored, expected) => {
    expect(display(stored)).toBe(expected);
  });

  it.each([
    ['an ordinary word', '$ReLU(x)$'],
    ['a dictionary word', '$cost(x)$'],
    ['a run that would need many variables', '$softmax(x)$'],
    ['variables only', '$L_{p,q}$ and $1/p+1/p^{*}=1$'],
    ['prose inside text{}', '$\\text{min}$'],
    ['a command that kept its backslash', '$\\frac{1}{2}$'],
    ['a sizer with no delimiter after it', '$x_{left}$'],
    ['an accent with no argument', '$x_{bar}$'],
    ['prices', 'It costs $5 and $10 to run.'],
    ['a lone dollar sign', 'We paid $5 to read it.'],
  ])('leaves alone %s', (_, stored) => {
    expect(display(stored)).toBe(stored);
  });

  it('keeps prose inside text-like commands as written', () => {
    expect(display('$mathrm{softmax}(x) le text{max so far}$')).toBe(
      '$\\mathrm{softmax}(x) \\le \\text{max so far}$',
    );
  });

  it('repairs each formula of a paragraph separately', () => {
    expect(display('say $32$-$512$ points, $k^2$ layers and $frac{1}{2}$')).toBe(
      'say $32$-$512$ points, $k^2$ layers and $\\frac{1}{2}$',
    );
  });

  it('finds nothing more to repair in a display form', () => {
    const stored = 'for the family of $mathbb{R}^nto mathbb{R}$ DNNs with $qle p^*$ and emph{explicitly}';
    expect(deriveDisplay(display(stored), isWord).edits).toEqual([]);
  });
});

describe('deriveDisplay: prose', () => {
  it('gives text commands their backslash back outside math', () => {
    expect(display('if we do not regularize emph{explicitly}, then')).toBe(
      'if we do not regularize \\emph{explicitly}, then',
    );
    expect(display('as textit{shown} by citet{smith2020} and citep{doe}')).toBe(
      'as \\textit{shown} by \\citet{smith2020} and \\citep{doe}',
    );
    expect(display('the word emphasis and cite without braces')).toBe(
      'the word emphasis and cite without braces',
    );
  });

  it.each([
    ['recent theories that relat e them', 'recent theories that relate them'],
    ['with a significantly wor se test error', 'with a significantly worse test error'],
    ['characterizing what representatio ns do deep', 'characterizing what representations do deep'],
    ['Relat e them.', 'Relate them.'],
  ])('rejoins %s', (stored, expected) => {
    expect(display(stored)).toBe(expected);
  });

  it.each([
    ['two words that also make one', 'we turn in to the office'],
    ['a single letter beside a word', 'then the n samples are drawn'],
    ['a joined form that is no word', 'the theory behind it'],
    ['a hyphenated continuation', 'a n-dimensional space'],
    ['a line break', 'that relat\ne them'],
    ['letters inside math', 'the map $relat e$ is used'],
  ])('keeps %s apart', (_, stored) => {
    expect(display(stored)).toBe(stored);
  });

  it('keeps the stored text as it is and records only insertions and one-space deletions', () => {
    const stored = 'theories that relat e them, where $qle p^*$';
    const form = deriveDisplay(stored, isWord);
    expect(form.edits).toEqual([
      { start: 19, end: 20, insert: '' },
      { start: 36, end: 36, insert: '\\' },
    ]);
  });
});
