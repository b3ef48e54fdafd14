import { describe, expect, it } from 'vitest';
import { latexCitation, pandocCitation } from '../../../../shared/citations';

describe('citation keys', () => {
  it('pandoc cites one key or several', () => {
    expect(pandocCitation(['Brutzkus2021Towards'])).toBe('[@Brutzkus2021Towards]');
    expect(pandocCitation(['a', 'b:2020'])).toBe('[@a; @b:2020]');
  });

  it('pandoc braces a key it would misread', () => {
    expect(pandocCitation(['smith.'])).toBe('[@{smith.}]');
    expect(pandocCitation(['two words'])).toBe('[@{two words}]');
  });

  it('LaTeX cites them in one \\cite', () => {
    expect(latexCitation(['Brutzkus2021Towards'])).toBe('\\cite{Brutzkus2021Towards}');
    expect(latexCitation(['a', 'b'])).toBe('\\cite{a,b}');
  });
});
