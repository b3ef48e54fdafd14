import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../../shared/references/csv';
import { expectSpansHold, fixtureText, spanTexts } from './fixtures';

describe('parseCsv on an ASReview export', () => {
  const text = fixtureText('csv/asreview.csv');
  const { records, warnings } = parseCsv(text);

  it('reads each row with a title or an abstract, spans and lines right across a multi-line cell', () => {
    expect(records.map((record) => record.line)).toEqual([2, 4, 5]);
    expect(warnings).toEqual(['Line 6: the row has neither a title nor an abstract and was skipped.']);
    const spans = spanTexts(text, records);
    expect(spans[0]?.startsWith('1,"Active learning')).toBe(true);
    expect(spans[0]?.endsWith('machine learning",1')).toBe(true);
    expect(spans[1]).toBe(
      '2,"Noise in relevance labels","We model reviewers\' disagreement as label noise with rate $\\epsilon$ and bound the recall loss by $2\\epsilon$.","Doe, A.",2020,,,0',
    );
    expectSpansHold(text, records);
  });

  it('maps the columns, keeps the others as fields', () => {
    expect(records[0]).toMatchObject({
      title: 'Active learning for systematic reviews: a simulation study',
      authors: ['J. Smith', 'A. van den Bosch', 'L. Åberg'],
      year: 2021,
      text: 'Screening prioritisation with active learning was simulated on 12 labelled datasets.\nWork saved over sampling at 95% recall ranged from 0.61 to 0.92.',
      doi: '10.1186/s13643-021-01234-5',
      keywords: ['systematic review', 'active learning', 'machine learning'],
      citationKey: null,
    });
    expect(records[0]?.fields).toEqual({ record_id: '1', label_included: '1' });
    expect(records[1]).toMatchObject({ authors: ['A. Doe'], year: 2020, doi: null, keywords: [] });
    expect(records[1]?.fields).toEqual({ record_id: '2', label_included: '0' });
  });

  it('keeps a row with a title but no abstract, quotes and math in its title', () => {
    expect(records[2]).toMatchObject({
      title: 'Ranking with $x^2$ features: a "quadratic" baseline',
      text: '',
      authors: ['T. Müller', 'A. Doe'],
      year: 2019,
      doi: '10.1016/j.jclinepi.2019.05.002',
    });
    expect(records[2]?.fields).toEqual({ record_id: '3' });
  });
});

describe('parseCsv on a Rayyan export', () => {
  const text = fixtureText('csv/rayyan.csv');
  const { records, warnings } = parseCsv(text);

  it('reads "Family, Given and …" authors, the key, the venue, and Rayyan\'s notes as a field', () => {
    expect(warnings).toEqual([]);
    expect(records[0]).toMatchObject({
      citationKey: 'rayyan-1001',
      title: 'Exercise and depressive symptoms in older adults',
      authors: ['Katarzyna Nowak', "Patrick O'Neil", 'João Ferreira'],
      venue: 'BMC Geriatrics',
      year: 2021,
      url: 'https://bmcgeriatr.biomedcentral.com/articles/10.1186/s12877-021-02000-1',
      text: 'Twelve weeks of supervised exercise reduced depressive symptoms (SMD −0.42).',
      doi: '10.1186/s12877-021-02000-1',
      keywords: ['exercise', 'depression', 'aged'],
      line: 2,
    });
    expect(records[0]?.fields).toEqual({
      issn: '1471-2318',
      volume: '21',
      issue: '1',
      pages: '45',
      publisher: 'BioMed Central',
      notes: 'RAYYAN-INCLUSION: {"Ana"=>"Included", "Bo"=>"Maybe"} | RAYYAN-LABELS: exercise',
    });
    expect(records[1]).toMatchObject({ title: 'Tai chi for balance: a randomised trial', authors: ['Li Chen'], text: '', line: 3 });
    expectSpansHold(text, records);
  });
});

describe('parseCsv on other exports', () => {
  it('matches headers loosely (Scopus names) and reads every keyword column', () => {
    const text = [
      'Authors,Author full names,Title,Year,Source title,DOI,Link,Abstract,Author Keywords,Index Keywords,Document Type',
      '"Smith J., Doe A.","Smith, John (57190000001); Doe, Ann (57190000002)",Depth helps,2018,Neural Computation,10.1162/neco_a_01234,https://www.scopus.com/x,We show depth helps.,depth; width,Neural networks,Article',
    ].join('\n');
    const { records } = parseCsv(text);
    expect(records[0]).toMatchObject({
      authors: ['J. Smith', 'A. Doe'],
      title: 'Depth helps',
      year: 2018,
      venue: 'Neural Computation',
      doi: '10.1162/neco_a_01234',
      url: 'https://www.scopus.com/x',
      text: 'We show depth helps.',
      keywords: ['depth', 'width', 'Neural networks'],
      type: null,
    });
    expect(records[0]?.fields).toEqual({
      'author full names': 'Smith, John (57190000001); Doe, Ann (57190000002)',
      'document type': 'Article',
    });
  });

  it('reads a semicolon-separated file (European spreadsheets)', () => {
    const { records } = parseCsv('Titel;Title;Abstract\nx;Grenzen;"Eine Zusammenfassung; mit Semikolon."\n');
    expect(records[0]).toMatchObject({ title: 'Grenzen', text: 'Eine Zusammenfassung; mit Semikolon.' });
    expect(records[0]?.fields).toEqual({ titel: 'x' });
  });

  it('reads a tab-separated file; a numeric id stays a field, a CSL type is kept, a date gives its year', () => {
    const text = 'id\tArticle Title\tAB\tDate\tType\n17\tT\tA.\t05/01/2019\tarticle-journal\nsmith2019\tU\t\t2019-05-01\tthesis\n';
    const { records } = parseCsv(text);
    expect(records.map((record) => [record.title, record.citationKey, record.year, record.type, record.fields])).toEqual([
      ['T', null, 2019, 'article-journal', { id: '17' }],
      ['U', 'smith2019', 2019, 'thesis', {}],
    ]);
  });

  it('passes over blank lines and rows of empty cells, spans still exact', () => {
    const text = 'title,abstract\n\n,\nA,"x\ny"\n\n  \nB,z\n';
    const { records, warnings } = parseCsv(text);
    expect(warnings).toEqual([]);
    expect(spanTexts(text, records)).toEqual(['A,"x\ny"', 'B,z']);
    expect(records.map((record) => record.line)).toEqual([4, 8]);
  });

  it("reads Web of Science's tab-delimited export, its columns named by tag", () => {
    const text = [
      'PT\tAU\tAF\tTI\tSO\tDE\tID\tAB\tPY\tDI\tUT',
      'J\tLindqvist, S; Okafor, C\tLindqvist, Sven; Okafor, Chidi\tSparse experts at scale\tNATURE MACHINE INTELLIGENCE\tmixture of experts; scaling\tNEURAL-NETWORKS; MODELS\tWe fit laws.\t2019\t10.1038/s42256-019-0001-1\tWOS:000460000000001',
    ].join('\n');
    const { records } = parseCsv(text);
    expect(records[0]).toMatchObject({
      authors: ['S Lindqvist', 'C Okafor'],
      title: 'Sparse experts at scale',
      venue: 'NATURE MACHINE INTELLIGENCE',
      keywords: ['mixture of experts', 'scaling'],
      text: 'We fit laws.',
      year: 2019,
      doi: '10.1038/s42256-019-0001-1',
      citationKey: null,
    });
    expect(records[0]?.fields).toEqual({
      pt: 'J',
      af: 'Lindqvist, Sven; Okafor, Chidi',
      id: 'NEURAL-NETWORKS; MODELS',
      ut: 'WOS:000460000000001',
    });
  });

  it('needs a title or abstract column', () => {
    expect(parseCsv('name,size\nx,1\n')).toEqual({
      records: [],
      warnings: ['Line 1: the header row names no title or abstract column.'],
    });
  });

  it('warns when a quoted cell is never closed', () => {
    const { records, warnings } = parseCsv('title,abstract\nA,"fine"\nB,"never closed\nC,x\n');
    expect(records.map((record) => record.title)).toEqual(['A']);
    expect(warnings).toEqual(['Line 3: a quoted cell is never closed; the rest of the file was skipped.']);
  });
});
