import { describe, expect, it } from 'vitest';
import { parseImportFile } from '../../../../shared/import/parse-file';
import { parseRis } from '../../../../shared/references/ris';
import { expectSpansHold, fixtureBytes, fixtureText, spanTexts } from './fixtures';

describe('parseRis on a Scopus export (CRLF, long AB, KW lines, DO, UR, T2, N1)', () => {
  const parsed = parseImportFile(fixtureBytes('ris/scopus.ris'));

  it('reads both records as RIS, from TY to ER', () => {
    expect(parsed.layout).toBe('ris');
    expect(parsed.encoding).toBe('utf-8');
    expect(parsed.error).toBeNull();
    expect(parsed.warnings).toEqual([]);
    expect(parsed.records.map((record) => [record.role, record.line])).toEqual([
      ['entry', 1],
      ['entry', 28],
    ]);
    for (const span of spanTexts(parsed.text, parsed.records)) {
      expect(span.startsWith('TY  - ')).toBe(true);
      expect(span.endsWith('ER  -')).toBe(true);
    }
    expectSpansHold(parsed.text, parsed.records);
  });

  it('maps a journal article', () => {
    const [article] = parsed.records;
    expect(article).toMatchObject({
      title: 'Implicit bias of stochastic gradient descent in wide two-layer networks',
      authors: ['K.-R. Müller', 'L. Østergaard', 'P. Núñez'],
      year: 2021,
      doi: '10.5555/jmlr.2021.0042',
      arxiv: null,
      url: 'https://www.scopus.com/inward/record.uri?eid=2-s2.0-85100000001&doi=10.5555%2fJMLR.2021.0042&partnerID=40&md5=3f2a9c1e',
      venue: 'Journal of Machine Learning Research',
      type: 'article-journal',
      citationKey: null,
      language: 'English',
      keywords: ['implicit regularization', 'stochastic gradient descent', 'overparameterization'],
      tags: ['implicit regularization', 'stochastic gradient descent', 'overparameterization'],
    });
    expect(article?.text.startsWith('We study which of the many interpolating solutions')).toBe(true);
    expect(article?.text).toContain('weighted $\\ell_2$ norm');
    expect(article?.text.endsWith('© 2021 The Authors.')).toBe(true);
    expect(article?.fields).toMatchObject({
      volume: '22',
      issue: '4',
      page: '1-38',
      issn: '15324435',
      'container-title-short': 'J. Mach. Learn. Res.',
      note: 'Cited By :12; Export Date: 3 March 2023; Correspondence Address: Müller, K.-R.; Technische Universität Berlin',
      source: 'Scopus',
    });
  });

  it("keeps the tags citation-js's spec does not read for the record's type, by their tag", () => {
    expect(parsed.records[0]?.fields).toMatchObject({
      ad: 'Technische Universität Berlin, Berlin, Germany',
      pb: 'Microtome Publishing',
    });
    expect(parsed.records[1]?.fields).toMatchObject({ m3: 'Conference Paper' });
    expect(Object.keys(parsed.records[0]?.fields ?? {})).not.toContain('kw');
  });

  it('maps a conference paper: C3 names the proceedings, T2 the conference, PY the year', () => {
    const paper = parsed.records[1];
    expect(paper).toMatchObject({
      title: 'Sharpness-aware minimisation finds flatter minima: a second look',
      authors: ['H. Dupont', 'W. Zhang'],
      year: 2022,
      doi: null,
      venue: 'Advances in Neural Information Processing Systems',
      type: 'paper-conference',
      keywords: ['Flat minima', 'Generalization'],
    });
    expect(paper?.fields.event).toBe('36th Conference on Neural Information Processing Systems, NeurIPS 2022');
    expect(paper?.text).toBe(
      'Sharpness-aware minimisation (SAM) perturbs the weights before each step. We revisit the claim that SAM converges to flatter minima and find that the usual sharpness measures disagree on 4 of 6 benchmarks.',
    );
  });
});

describe('parseRis on a PubMed export (AU "Family, Given", JO/JF, PY/DA/Y1 dates, wrapped N2)', () => {
  const text = fixtureText('ris/pubmed.ris');
  const { records, warnings } = parseRis(text);

  it('reads names, dates and the full journal name', () => {
    expect(warnings).toEqual([]);
    expect(records).toHaveLength(2);
    expect(records[0]).toMatchObject({
      title: 'Sleep spindle density predicts overnight gains in motor sequence learning',
      authors: ["Siobhán O'Brien", 'José Luis García-López', 'Yui Nakamura'],
      year: 2019,
      doi: '10.1523/jneurosci.2345-18.2019',
      url: 'https://pubmed.ncbi.nlm.nih.gov/30912345',
      venue: 'The Journal of neuroscience : the official journal of the Society for Neuroscience',
      keywords: ['Adult', 'Motor Skills/physiology', 'Sleep Stages/physiology'],
      citationKey: null,
      line: 1,
    });
    expect(records[0]?.fields).toMatchObject({ id: '30912345', 'container-title-short': 'J Neurosci', page: '3456-3467' });
  });

  it('reads the old tags (T1, A1, Y1 "2020/11/23/", N2) and joins a wrapped line to its value', () => {
    expect(records[1]).toMatchObject({
      title: 'Hippocampal replay during rest: a meta-analysis',
      authors: ['Jan van der Berg', 'Agnieszka Kowalczyk'],
      year: 2020,
      venue: 'Neuroscience and biobehavioral reviews',
      text: 'We pooled 31 rodent and human studies of awake replay. Replay rate rose after learning in 27 of them; the pooled effect was moderate.',
      line: 24,
    });
    expectSpansHold(text, records);
  });
});

describe('parseRis on a Zotero export', () => {
  const text = fixtureText('ris/zotero.ris');
  const { records, warnings } = parseRis(text);

  it('keeps accents and math, and finds the arXiv id of a preprint', () => {
    expect(warnings).toEqual([]);
    expect(records[0]).toMatchObject({
      title: 'Équivariance et invariance dans les réseaux de graphes',
      authors: ['Anaïs Lefèvre', 'Rémi Dubois'],
      year: 2020,
      text: 'Nous caractérisons les couches linéaires équivariantes aux permutations pour des graphes à $k$ nœuds.',
      doi: '10.3166/ria.34.215-240',
      url: 'https://doi.org/10.3166/ria.34.215-240',
      venue: "Revue d'intelligence artificielle",
      language: 'fr',
    });
    expect(records[0]?.fields).toMatchObject({ accessed: '2023-01-05', note: '<p>Read for the reading group, week 3.</p>' });
    expect(records[1]).toMatchObject({
      title: 'Scaling laws for sparse mixture-of-experts language models',
      doi: '10.48550/arxiv.2302.04567',
      arxiv: '2302.04567',
      url: 'http://arxiv.org/abs/2302.04567',
      type: 'document',
      year: 2023,
      line: 23,
    });
    expectSpansHold(text, records);
  });
});

describe('parseRis on a Web of Science export', () => {
  it('takes the year from PY when DA gives only a month', () => {
    const text = [
      'TY  - JOUR',
      'AU  - Lindqvist, S',
      'AU  - Okafor, C',
      'TI  - Sparse experts at scale',
      'T2  - NATURE MACHINE INTELLIGENCE',
      'J9  - NAT MACH INTELL',
      'DA  - MAR',
      'PY  - 2019',
      'DO  - 10.1038/s42256-019-0001-1',
      'AN  - WOS:000460000000001',
      'AB  - We fit laws.',
      'ER  -',
    ].join('\n');
    const { records, warnings } = parseRis(text);
    expect(warnings).toEqual([]);
    expect(records[0]).toMatchObject({
      authors: ['S Lindqvist', 'C Okafor'],
      year: 2019,
      venue: 'NATURE MACHINE INTELLIGENCE',
      doi: '10.1038/s42256-019-0001-1',
      text: 'We fit laws.',
    });
    expect(records[0]?.fields).toMatchObject({ j9: 'NAT MACH INTELL', an: 'WOS:000460000000001' });
  });
});

describe('parseRis on damaged files', () => {
  const text = [
    'Exported from the library on 3 March', // 1: outside any record
    'TY  - JOUR', // 2: no ER before the next TY
    'TI  - First',
    'AB  - Its ER line is missing.',
    'TY  - JOUR', // 5
    'TI  - Second',
    'ER  - ',
    'this line is garbage', // 8: outside any record
    'and so is this one',
    'ER  - ', // 10: an ER without a TY, in the same run
    'TY  - BOOK', // 11: neither title nor abstract
    'PY  - 2001',
    'ER  - ',
    'TY  - JOUR', // 14: runs to the end of the file
    'TI  - Last',
  ].join('\n');

  it('warns with the line of each problem, in line order, and keeps reading', () => {
    const { records, warnings } = parseRis(text);
    expect(records.map((record) => [record.title, record.line])).toEqual([
      ['First', 2],
      ['Second', 5],
      ['Last', 14],
    ]);
    expect(warnings).toEqual([
      'Line 1: text outside a TY … ER record was skipped.',
      'Line 2: the record has no ER line; it was read up to the next TY line (line 5).',
      'Line 8: text outside a TY … ER record was skipped.',
      'Line 11: the record has neither a title nor an abstract and was skipped.',
      'Line 14: the record has no ER line; it was read up to the end of the file.',
    ]);
    expect(spanTexts(text, records)).toEqual([
      'TY  - JOUR\nTI  - First\nAB  - Its ER line is missing.',
      'TY  - JOUR\nTI  - Second\nER  -',
      'TY  - JOUR\nTI  - Last',
    ]);
  });

  it('reads nothing, with a warning, from text without a TY line', () => {
    expect(parseRis('TI  - Orphan\nER  - \n')).toEqual({
      records: [],
      warnings: ['Line 1: text outside a TY … ER record was skipped.'],
    });
  });
});
