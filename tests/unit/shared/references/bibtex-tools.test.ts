import { describe, expect, it } from 'vitest';
import type { CaptureRecord } from '../../../../shared/capture/types';
import { parseBibtex } from '../../../../shared/references/bibtex';
import { readBibtexFixture } from './bibtex-fixtures';

function readFixture(name: string): {
  text: string;
  records: Map<string, CaptureRecord>;
  warnings: string[];
} {
  const text = readBibtexFixture(name);
  const result = parseBibtex(text);
  return {
    text,
    records: new Map(result.records.map((record) => [record.citationKey ?? '', record])),
    warnings: result.warnings,
  };
}

function recordOf(records: Map<string, CaptureRecord>, key: string): CaptureRecord {
  const record = records.get(key);
  if (record === undefined) throw new Error(`no record for ${key}`);
  return record;
}

describe('a Zotero Better BibTeX export', () => {
  const { text, records, warnings } = readFixture('zotero-better-bibtex.bib');

  it('reads every entry, and no @comment, in file order', () => {
    expect([...records.keys()]).toEqual([
      'garciaSpectralBiasWide2019',
      'tanakaImplicitRegularisationSGD2021',
      'petrovaSparseCodingMeets2020',
    ]);
    expect(warnings).toEqual([]);
  });

  it('reads a journal article: accents, an institution, math kept, literal < and \\$ kept, paragraphs kept', () => {
    const garcia = recordOf(records, 'garciaSpectralBiasWide2019');
    expect(garcia).toMatchObject({
      role: 'entry',
      title: 'Spectral Bias of Wide Residual Networks with $\\alpha$-Stable Initialisation',
      authors: ['María García', 'Kenji Tanaka', 'National Institute of Standards and Technology'],
      year: 2019,
      doi: '10.5555/3322706.3362001',
      arxiv: null,
      url: 'https://jmlr.org/papers/v20/18-123.html',
      venue: 'Journal of Machine Learning Research',
      type: 'article-journal',
      citationKey: 'garciaSpectralBiasWide2019',
      language: 'english',
      keywords: ['generalization', 'spectral bias'],
      tags: ['generalization', 'spectral bias', 'Theory'],
      line: 1,
    });
    expect(garcia.text).toBe(
      'We study the spectral bias of wide residual networks and show that the error on a frequency $k$ decays as ' +
        '$\\mathcal{O}(k^{-2})$, so that p < 0.05 in every trial. Costs stay below \\$5 per run.\n\n' +
        'Our experiments on synthetic data confirm that skip connections slow down the learning of high frequencies.',
    );
    expect(garcia.fields).toEqual({
      month: '5',
      volume: '20',
      number: '4',
      pages: '1–35',
      issn: '1532-4435',
      urldate: '2023-02-14',
      file: '/Users/maria/Zotero/storage/ABCD1234/Garcia et al. - 2019 - Spectral Bias of Wide Residual Networks.pdf',
    });
    expect(text.slice(garcia.span.start, garcia.span.end)).toMatch(
      /^@article\{garciaSpectralBiasWide2019,[\s\S]*\n\}$/u,
    );
  });

  it('reads a conference paper: "and others" dropped, double braces and \\& undone, nested groups as paths', () => {
    const tanaka = recordOf(records, 'tanakaImplicitRegularisationSGD2021');
    expect(tanaka).toMatchObject({
      title: 'Implicit Regularisation of SGD in Overparameterised Models',
      authors: ['Kenji Tanaka', 'Olga Petrova'],
      year: 2021,
      text: 'Stochastic gradient descent finds flat minima. We explain why, for R&D budgets and for theory alike.',
      venue: 'Advances in Neural Information Processing Systems',
      type: 'paper-conference',
      tags: ['implicit bias', 'optimization', 'Theory', 'Theory/SGD'],
      line: 22,
    });
    expect(tanaka.fields).toEqual({
      volume: '34',
      pages: '1234–1245',
      publisher: 'Curran Associates, Inc.',
      address: 'Red Hook, NY',
    });
  });

  it('reads an arXiv preprint exported as @misc: a CSL article, its id from eprint and its DOI', () => {
    const petrova = recordOf(records, 'petrovaSparseCodingMeets2020');
    expect(petrova).toMatchObject({
      title: 'Sparse Coding Meets Deep Learning',
      authors: ['Olga Petrova'],
      year: 2020,
      text: '',
      arxiv: '2004.01234',
      doi: '10.48550/arxiv.2004.01234',
      venue: null,
      type: 'article',
      tags: ['Computer Science - Machine Learning', 'Reading list'],
      line: 36,
    });
    expect(petrova.fields).toEqual({
      number: 'arXiv:2004.01234',
      primaryclass: 'cs',
      publisher: 'arXiv',
      urldate: '2023-03-02',
      annotation: 'Comment: 12 pages, 3 figures',
    });
  });
});

describe('a JabRef 5 library', () => {
  const { records, warnings } = readFixture('jabref-5.bib');

  it('reads the three entries and no @String or @Comment', () => {
    expect([...records.keys()]).toEqual(['Tanaka2021', 'Petrova2020', 'ICML2020']);
    expect(warnings).toEqual([]);
  });

  it('expands an @String joined with #, keeps math and escaped percent, and files groups under their parents', () => {
    expect(recordOf(records, 'Tanaka2021')).toMatchObject({
      title: 'Implicit Regularisation of SGD in Overparameterised Models',
      authors: ['Kenji Tanaka', 'Olga Petrova'],
      year: 2021,
      text: 'We show that SGD with step size $\\eta$ converges to flat minima, improving test accuracy by 3% on CIFAR-10.',
      venue: 'Advances in Neural Information Processing Systems 34',
      type: 'paper-conference',
      keywords: ['implicit bias', 'optimization'],
      tags: ['implicit bias', 'optimization', 'theory/sgd', 'Reading list'],
      fields: { pages: '1234–1245', timestamp: '2023-01-12' },
      line: 7,
    });
  });

  it('gives a crossref child its proceedings’ booktitle, year, editors and publisher', () => {
    const petrova = recordOf(records, 'Petrova2020');
    expect(petrova).toMatchObject({
      title: 'Sparse Coding Meets Deep Learning',
      authors: ['Olga Petrova', 'Jan van der Berg'],
      year: 2020,
      text: 'Sparse codes, learned à la Olshausen, match deep features.',
      venue: 'Proceedings of the 37th International Conference on Machine Learning',
      type: 'paper-conference',
      tags: ['theory'],
      line: 20,
    });
    expect(petrova.fields).toMatchObject({
      crossref: 'ICML2020',
      pages: '77–86',
      owner: 'olga',
      editor: 'Aarti Singh; Hal Daumé III',
      publisher: 'PMLR',
    });
  });

  it('reads the proceedings as a book whose venue is its series, its editors kept apart from the authors', () => {
    expect(recordOf(records, 'ICML2020')).toMatchObject({
      title: 'Proceedings of the 37th International Conference on Machine Learning',
      authors: [],
      year: 2020,
      venue: 'Proceedings of Machine Learning Research',
      type: 'book',
      fields: {
        booktitle: 'Proceedings of the 37th International Conference on Machine Learning',
        editor: 'Aarti Singh; Hal Daumé III',
        publisher: 'PMLR',
        volume: '119',
      },
      line: 30,
    });
  });
});

describe('a Mendeley Desktop export', () => {
  const { records, warnings } = readFixture('mendeley.bib');

  it('skips the header text and reads both entries', () => {
    expect([...records.keys()]).toEqual(['Smith2018', 'Haddad2016']);
    expect(warnings).toEqual([]);
  });

  it('reads double-braced titles, Jr. and particles, escaped specials, arXiv fields and Mendeley tags and folders', () => {
    const smith = recordOf(records, 'Smith2018');
    expect(smith).toMatchObject({
      title: 'Eigenstate Thermalization in $\\alpha$-Spin Chains',
      authors: ['John Smith Jr.', 'Hans Müller', 'Charles de la Vallée Poussin'],
      year: 2018,
      text:
        'We show that eigenstates of $\\alpha$-spin chains thermalise for $\\alpha < 1$, in 30% less time than ' +
        "predicted, and discuss Müller's & Schrödinger's objections.",
      doi: '10.1103/physrevlett.120.123456',
      arxiv: '1806.01234',
      url: 'http://link.aps.org/doi/10.1103/PhysRevLett.120.123456',
      venue: 'Physical Review Letters',
      type: 'article-journal',
      keywords: ['quantum chaos', 'thermalization'],
      tags: ['quantum chaos', 'thermalization', 'Thesis'],
      line: 6,
    });
    expect(smith.fields).toEqual({
      file: ':C\\:/Users/john/Documents/Mendeley Desktop/Smith, M{\\"{u}}ller - 2018 - Eigenstate Thermalization.pdf:pdf',
      issn: '0031-9007',
      number: '12',
      pages: '123456',
      url: 'http://link.aps.org/doi/10.1103/PhysRevLett.120.123456 https://arxiv.org/abs/1806.01234',
      volume: '120',
    });
  });

  it('reads a book chapter, undoing the {\\_} Mendeley writes into DOIs and URLs', () => {
    expect(recordOf(records, 'Haddad2016')).toMatchObject({
      title: 'Dictionary Learning for Images',
      authors: ['Fatima Haddad'],
      year: 2016,
      doi: '10.1007/978-3-319-00000-0_7',
      url: 'https://doi.org/10.1007/978-3-319-00000-0_7',
      venue: 'Handbook of Sparse Methods',
      type: 'chapter',
      fields: {
        address: 'Cham',
        chapter: '7',
        editor: 'Lucas Rossi; Sofia Moreau',
        isbn: '978-3-319-00000-0',
        pages: '201–230',
        publisher: 'Springer International Publishing',
      },
      line: 26,
    });
  });
});

describe('a BibDesk export', () => {
  const { records, warnings } = readFixture('bibdesk.bib');

  it('reads both entries past the %% header', () => {
    expect([...records.keys()]).toEqual(['Poussin1896', 'Rossi2022']);
    expect(warnings).toEqual([]);
  });

  it('takes the URL from bdsk-url-1 and keeps BibDesk’s dates among the fields', () => {
    expect(recordOf(records, 'Poussin1896')).toMatchObject({
      title: 'Recherches analytiques sur la théorie des nombres premiers',
      authors: ['Charles-Jean de la Vallée Poussin'],
      year: 1896,
      text: 'On démontre que le nombre des nombres premiers inférieurs à $x$ est asymptotique à $x / \\log x$.',
      url: 'https://example.org/poussin1896',
      venue: 'Annales de la Société Scientifique de Bruxelles',
      type: 'article-journal',
      keywords: ['number theory', 'primes'],
      fields: {
        'date-added': '2023-02-28 09:12:44 +0100',
        'date-modified': '2023-03-01 09:59:10 +0100',
        pages: '183–256',
        volume: '20',
      },
      line: 11,
    });
  });

  it('reads a @misc as a document, its month as a number and its linked file kept', () => {
    expect(recordOf(records, 'Rossi2022')).toMatchObject({
      title: 'Notes on Kolmogorov–Arnold Representations',
      authors: ['Lucas Rossi', 'Sofia Moreau'],
      year: 2022,
      url: 'https://example.org/rossi-notes.pdf',
      venue: null,
      type: 'document',
      fields: {
        'date-added': '2023-02-28 09:15:02 +0100',
        'date-modified': '2023-02-28 09:15:02 +0100',
        howpublished: 'Lecture notes',
        month: '3',
        'bdsk-file-1': 'YnBsaXN0MDDSAQIDBFxyZWxhdGl2ZVBhdGhZYWxpYXNEYXRhXxAQUm9zc2kyMDIyLnBkZk8QAA==',
      },
      line: 24,
    });
  });
});

describe('a BibLaTeX file', () => {
  const { records, warnings } = readFixture('biblatex.bib');

  it('reads every entry', () => {
    expect([...records.keys()]).toEqual([
      'petrova2022',
      'garcia2021',
      'zou2023',
      'knuth1984',
      'brutzkus2020',
      'wang2019',
      'zhang2020',
    ]);
    expect(warnings).toEqual([]);
  });

  it('reads @online with an arXiv eprint, the year from date, langid as the language', () => {
    expect(recordOf(records, 'petrova2022')).toMatchObject({
      title: 'Sparse Coding Meets Deep Learning',
      authors: ['Olga Petrova', 'The LIGO Scientific Collaboration'],
      year: 2022,
      text: 'We learn sparse codes whose atoms obey $\\|D_i\\|_2 \\le 1$.',
      arxiv: '2203.01234',
      type: 'webpage',
      language: 'english',
      fields: { date: '2022-03-15', eprintclass: 'cs.LG' },
      line: 1,
    });
  });

  it('reads journaltitle as the venue, \\(…\\) as $…$ and a DOI written as a link', () => {
    expect(recordOf(records, 'garcia2021')).toMatchObject({
      title: 'Spectral Theory of Operators on $L^p$ Spaces',
      authors: ['María García'],
      year: 2021,
      doi: '10.1016/j.jfa.2021.108956',
      venue: 'Journal of Functional Analysis',
      type: 'article-journal',
      language: 'french',
      keywords: ['operator theory', 'spectral theory'],
      fields: { date: '2021-05', volume: '280', number: '9' },
      line: 12,
    });
  });

  it('reads a @misc arXiv preprint as a CSL article', () => {
    expect(recordOf(records, 'zou2023')).toMatchObject({
      authors: ['Difan Zou', 'Yuan Cao'],
      year: 2023,
      arxiv: '2305.00001',
      type: 'article',
      fields: {},
      line: 24,
    });
  });

  it('reads a book (its series as venue), a chapter (its booktitle as venue), a thesis and an edited collection', () => {
    expect(recordOf(records, 'knuth1984')).toMatchObject({
      title: 'The TeXbook',
      authors: ['Donald E. Knuth'],
      year: 1984,
      venue: 'Computers & Typesetting',
      type: 'book',
      fields: { publisher: 'Addison-Wesley', location: 'Reading, MA', volume: 'A' },
    });
    expect(recordOf(records, 'brutzkus2020')).toMatchObject({
      venue: 'Deep Learning Theory',
      type: 'chapter',
      fields: {
        editor: 'Chen Zhang; Yixi Xu',
        publisher: 'Springer',
        location: 'Berlin and New York',
        pages: '45–70',
      },
    });
    expect(recordOf(records, 'wang2019')).toMatchObject({
      type: 'thesis',
      venue: null,
      fields: { type: 'phdthesis', institution: 'Tsinghua University' },
    });
    expect(recordOf(records, 'zhang2020')).toMatchObject({
      title: 'Deep Learning Theory',
      authors: [],
      type: 'book',
      venue: null,
      fields: { editor: 'Chen Zhang; Yixi Xu', publisher: 'Springer' },
    });
  });
});
