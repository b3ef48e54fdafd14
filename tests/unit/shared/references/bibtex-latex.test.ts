import { describe, expect, it } from 'vitest';
import { readOne } from './bibtex-one-entry';

function title(value: string): string | null {
  return readOne(`@article{k, title = {${value}}}`).title;
}

function abstract(value: string): string {
  return readOne(`@article{k, title = {T}, abstract = {${value}}}`).text;
}

describe('LaTeX becomes plain Unicode', () => {
  it('turns accents, special letters and dashes into their characters', () => {
    expect(title('{\\"o}ver {\\v R}ehak, \\aa{}ngstr{\\"o}m, Erd\\H{o}s, {\\ss} and {\\o}')).toBe(
      'över Řehak, ångström, Erdős, ß and ø',
    );
    expect(title('pages 1--10 --- an aside')).toBe('pages 1–10 — an aside');
    expect(title("``Quoted'' words")).toBe('“Quoted” words');
  });

  it('composes accents into single characters', () => {
    expect(title("Caf{\\'e}")).toBe('Café');
    expect(title("Caf{\\'e}")?.length).toBe(4);
  });

  it('keeps the case as written: no sentence case, braces only removed', () => {
    expect(title('The {DNA} of {SGD}: A Study in Title Case')).toBe('The DNA of SGD: A Study in Title Case');
    expect(title('{{Double Braced Title}}')).toBe('Double Braced Title');
    expect(title('all lower case with {Proper} Nouns')).toBe('all lower case with Proper Nouns');
  });

  it('removes formatting commands and keeps their text', () => {
    expect(
      title('\\textit{Italic}, \\emph{emphasis}, \\textbf{bold}, \\textsc{Small Caps} and \\texttt{code}'),
    ).toBe('Italic, emphasis, bold, Small Caps and code');
    expect(
      abstract('See \\url{https://example.org/a?b=1&c=2} and \\href{https://example.org}{our site}.'),
    ).toBe('See https://example.org/a?b=1&c=2 and our site.');
    expect(title('The {\\TeX}book and \\LaTeX')).toBe('The TeXbook and LaTeX');
    expect(title('Water is \\ce{H2O}')).toBe('Water is H2O');
  });

  it('keeps literal angle brackets and ampersands as text, apart from the parser’s markup', () => {
    expect(title('Effects at p < 0.05 and p > 0.1')).toBe('Effects at p < 0.05 and p > 0.1');
    expect(title('Why <b> is not bold and a <<b')).toBe('Why <b> is not bold and a <<b');
    expect(title('R\\&D and R&D')).toBe('R&D and R&D');
    expect(abstract('Order: x<y, \\emph{emphasised} & done.')).toBe('Order: x<y, emphasised & done.');
  });

  it('keeps escaped specials as their characters', () => {
    expect(title('50\\% of \\#1 \\_ items')).toBe('50% of #1 _ items');
    expect(title('5~km away')).toBe('5 km away');
  });

  it('keeps an abstract’s paragraphs and joins its lines', () => {
    expect(abstract('First line\n  continues here.\n\n  Second paragraph.\n\n\n  Third.')).toBe(
      'First line continues here.\n\nSecond paragraph.\n\nThird.',
    );
  });

  it('keeps an unescaped percent sign and the rest of its line (LaTeX would read a comment)', () => {
    expect(abstract('Accuracy improves by 12% over\n the baseline.')).toBe(
      'Accuracy improves by 12% over the baseline.',
    );
    expect(readOne('@article{k, title = {T}, note = {Done 50% of it}}').fields.note).toBe('Done 50% of it');
  });
});

describe('math is kept as $…$ in titles and abstracts', () => {
  it('keeps inline and display math verbatim instead of turning it into Unicode', () => {
    expect(title('On $\\alpha$-Stable Laws and $x^2$')).toBe('On $\\alpha$-Stable Laws and $x^2$');
    expect(abstract('Bounds of $\\mathcal{O}(n^2)$ hold:\n$$\\sum_i x_i \\le 1.$$')).toBe(
      'Bounds of $\\mathcal{O}(n^2)$ hold: $$\\sum_i x_i \\le 1.$$',
    );
  });

  it('writes \\( \\) and \\[ \\] as dollars, on one line, without inner spaces', () => {
    expect(title('Operators on \\(L^p\\) and \\[ \\int f \\]')).toBe('Operators on $L^p$ and $$\\int f$$');
    expect(abstract('Let $ x =\n  y $ hold.')).toBe('Let $x = y$ hold.');
  });

  it('keeps math with < and > and & as written', () => {
    expect(abstract('Holds for $p < q$ and $a > b$ and $\\begin{cases} a & b \\end{cases}$.')).toBe(
      'Holds for $p < q$ and $a > b$ and $\\begin{cases} a & b \\end{cases}$.',
    );
  });

  it('reads an escaped \\$ as a dollar, written \\$ so the app does not take it for math', () => {
    expect(title('Costs \\$5 and \\$10')).toBe('Costs \\$5 and \\$10');
    expect(title('Costs \\$5 and $x$')).toBe('Costs \\$5 and $x$');
  });

  it('keeps the math of an entry read with braces, formatting and accents around it', () => {
    expect(title("{$\\alpha$}-Stable \\emph{$\\beta$} Caf{\\'e}")).toBe('$\\alpha$-Stable $\\beta$ Café');
  });

  it('turns math into Unicode in other fields, which the app does not render', () => {
    expect(readOne('@article{k, title = {T}, note = {For $\\alpha$ and $x^2$}}').fields.note).toBe(
      'For α and x²',
    );
  });
});

describe('the file’s structure', () => {
  it('expands @string macros joined with #', () => {
    const record = readOne(
      '@string{jml = {Journal of }}\n@article{k, title = {T}, journal = jml # "Machine " # {Learning}}',
    );
    expect(record.venue).toBe('Journal of Machine Learning');
  });

  it('reads @preamble and @comment as no records', () => {
    const record = readOne(
      '@preamble{"\\newcommand{\\noop}[1]{}"}\n@comment{A comment}\n@misc{k, title = {Only}}',
    );
    expect(record.title).toBe('Only');
  });

  it('places each record’s span over its whole entry and its line on the entry’s first line', () => {
    const text = '% header\n\n@misc{a,\n  title = {A}\n}\n';
    const record = readOne(text);
    expect(text.slice(record.span.start, record.span.end)).toBe('@misc{a,\n  title = {A}\n}');
    expect(record.line).toBe(3);
  });
});
