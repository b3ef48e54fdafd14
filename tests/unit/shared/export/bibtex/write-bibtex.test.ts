import { describe, expect, it } from 'vitest';
import { writeBibtex } from '../../../../../shared/export/bibtex/write-bibtex';
import { parseBibtex } from '../../../../../shared/references/bibtex';
import { entry } from '../../../support/export-entry';

/** The value of `field` in a one-entry file, as written. */
function fieldOf(file: string, field: string): string | undefined {
  return new RegExp(`^  ${field} = \\{(.*)\\},?$`, 'mu').exec(file)?.[1];
}

describe('writeBibtex', () => {
  it('says the file is UTF-8 on its first line and writes letters as they are', () => {
    const file = writeBibtex([entry({ title: 'Über Ångström', authors: ['Hans Müller'] })], 'bibtex');
    expect(file.split('\n')[0]).toBe('% Encoding: UTF-8');
    expect(fieldOf(file, 'author')).toBe('Müller, Hans');
    expect(fieldOf(file, 'title')).toBe('Über {Ångström}');
  });

  it('escapes what BibTeX and LaTeX read as markup, and keeps math as written', () => {
    const file = writeBibtex([entry({ title: 'cut 50% & $x_1$ {odd} \\back', abstract: 'a_b # c ~ d ^ e \\$5 $\\frac{a}{b}$' })], 'bibtex');
    expect(fieldOf(file, 'title')).toBe('cut 50\\% \\& $x_1$ \\{odd\\} \\textbackslash{}back');
    expect(fieldOf(file, 'abstract')).toBe('a\\_b \\# c \\textasciitilde{} d \\textasciicircum{} e \\$5 $\\frac{a}{b}$');
  });

  it('braces an @ that opens a paragraph, so no reader takes it for the start of an entry', () => {
    const file = writeBibtex([entry({ abstract: 'First.\n\n@home (parens) is a second paragraph.' }), entry({ id: 2, citationKey: 'next' })], 'bibtex');
    expect(file).toContain('First.\n\n{@}home (parens)');
    expect(parseBibtex(file).records.map((record) => [record.citationKey, record.text])).toEqual([
      ['smith2019', 'First.\n\n@home (parens) is a second paragraph.'],
      ['next', ''],
    ]);
  });

  it('keeps braces balanced: a brace without its partner is written as a command', () => {
    const file = writeBibtex([entry({ title: 'open { and } close }' })], 'bibtex');
    expect(fieldOf(file, 'title')).toBe('open \\{ and \\} close \\textbraceright{}');
  });

  it('keeps TeX ligatures from joining: -- stays two hyphens, two quotes stay two', () => {
    const file = writeBibtex([entry({ title: "pages 1--2 ''quoted''" })], 'bibtex');
    expect(fieldOf(file, 'title')).toBe("pages 1-{}-2 '{}'quoted'{}'");
  });

  it('protects capitals with braces so styles that lowercase titles keep them', () => {
    const file = writeBibtex([entry({ title: 'Training an RNN with iPhone data in Paris' })], 'bibtex');
    expect(fieldOf(file, 'title')).toBe('Training an {RNN} with {iPhone} data in {Paris}');
    expect(fieldOf(writeBibtex([entry({ title: 'RNN training' })], 'bibtex'), 'title')).toBe('{RNN} training');
  });

  it('writes names as "von Last, Jr, First", and institutions in double braces', () => {
    const authors = ['Jan van der Berg', 'John Smith Jr.', 'World Health Organization', 'Procter & Gamble', 'محمد علي', 'Plato'];
    const file = writeBibtex([entry({ authors })], 'bibtex');
    expect(fieldOf(file, 'author')).toBe(
      'van der Berg, Jan and Smith, Jr., John and {{World Health Organization}} and {{Procter \\& Gamble}} and علي, محمد and Plato',
    );
    expect(parseBibtex(file).records[0]?.authors).toEqual(authors);
  });

  it('keeps Arabic text as it is', () => {
    const file = writeBibtex([entry({ title: 'نظرية التعلّم العميق' })], 'bibtex');
    expect(fieldOf(file, 'title')).toBe('نظرية التعلّم العميق');
  });

  it('leaves out what the entry does not have: no abstract, no year, no authors', () => {
    const file = writeBibtex([entry({ title: 'Only a title' })], 'bibtex');
    expect(file).toBe('% Encoding: UTF-8\n\n@misc{smith2019,\n  title = {Only a title}\n}\n');
  });

  it('writes tags as keywords, a nested tag with JabRef’s " > "', () => {
    const file = writeBibtex([entry({ tags: ['deep learning', 'theory/sgd'] })], 'bibtex');
    expect(fieldOf(file, 'keywords')).toBe('deep learning, theory > sgd');
    expect(parseBibtex(file).records[0]?.tags).toEqual(['deep learning', 'theory/sgd']);
  });

  it('picks the entry type from the CSL type and puts the venue where that type keeps it', () => {
    const typeAndVenue = (type: string | null, dialect: 'bibtex' | 'biblatex', url: string | null = null): string => {
      const file = writeBibtex([entry({ type, venue: 'Venue', url })], dialect);
      const venueField = /^ {2}(journal|journaltitle|booktitle|series) = /mu.exec(file)?.[1];
      return `${/^@(\w+)\{/mu.exec(file)?.[1]} ${venueField}`;
    };
    expect(typeAndVenue('article-journal', 'bibtex')).toBe('article journal');
    expect(typeAndVenue('article-journal', 'biblatex')).toBe('article journaltitle');
    expect(typeAndVenue('paper-conference', 'bibtex')).toBe('inproceedings booktitle');
    expect(typeAndVenue('book', 'bibtex')).toBe('book series');
    expect(typeAndVenue('chapter', 'bibtex')).toBe('incollection booktitle');
    expect(typeAndVenue('chapter', 'biblatex')).toBe('inbook booktitle');
    expect(typeAndVenue('thesis', 'bibtex')).toBe('phdthesis journal');
    expect(typeAndVenue('thesis', 'biblatex')).toBe('thesis journaltitle');
    expect(typeAndVenue('report', 'bibtex')).toBe('techreport journal');
    expect(typeAndVenue('report', 'biblatex')).toBe('report journaltitle');
    expect(typeAndVenue(null, 'bibtex', 'https://example.org')).toBe('misc journal');
    expect(typeAndVenue(null, 'biblatex', 'https://example.org')).toBe('online journaltitle');
    expect(typeAndVenue('webpage', 'biblatex')).toBe('misc journaltitle');
  });

  it('writes the year as BibLaTeX’s date, and arXiv ids as eprints', () => {
    const bibtex = writeBibtex([entry({ year: 2021, arxiv: '2101.00001' })], 'bibtex');
    expect([fieldOf(bibtex, 'year'), fieldOf(bibtex, 'eprint'), fieldOf(bibtex, 'archiveprefix')]).toEqual(['2021', '2101.00001', 'arXiv']);
    const biblatex = writeBibtex([entry({ year: 2021, arxiv: '2101.00001' })], 'biblatex');
    expect([fieldOf(biblatex, 'date'), fieldOf(biblatex, 'year'), fieldOf(biblatex, 'eprinttype')]).toEqual(['2021', undefined, 'arxiv']);
  });

  it('writes DOIs and URLs as they are, escaping only what would end the value or start math or a comment', () => {
    const file = writeBibtex([entry({ doi: '10.1000/a_b(1)', url: 'https://example.org/a_b%20c?x=1&y=2#f~u/100%' })], 'bibtex');
    expect(fieldOf(file, 'doi')).toBe('10.1000/a_b(1)');
    expect(fieldOf(file, 'url')).toBe('https://example.org/a_b%20c?x=1&y=2#f~u/100\\%');
    expect(parseBibtex(file).records[0]?.url).toBe('https://example.org/a_b%20c?x=1&y=2#f~u/100%');
  });

  it('writes the source’s other fields BibTeX knows, under BibTeX’s names', () => {
    const fields = { volume: '12', issue: '3', page: '101-120', publisher: 'ACM & Co', editor: 'Ann Lee; Bo van Dam', 'x-custom': 'dropped', n1: 'dropped' };
    const file = writeBibtex([entry({ fields })], 'bibtex');
    expect([fieldOf(file, 'volume'), fieldOf(file, 'number'), fieldOf(file, 'pages'), fieldOf(file, 'publisher'), fieldOf(file, 'editor')]).toEqual([
      '12',
      '3',
      '101--120',
      'ACM \\& Co',
      'Lee, Ann and van Dam, Bo',
    ]);
    expect(file).not.toContain('dropped');
  });

  it('writes one entry per abstract, keyed by its citation key', () => {
    const file = writeBibtex([entry({ citationKey: 'a2020' }), entry({ id: 2, citationKey: 'b2021' })], 'biblatex');
    expect(parseBibtex(file).records.map((record) => record.citationKey)).toEqual(['a2020', 'b2021']);
  });
});
