import { describe, expect, it } from 'vitest';
import { detailEntries, fieldTerm } from '../../../../renderer/features/reader/details-entries';

const BARE = { type: null, venue: null, doi: null, arxiv: null, url: null, citationKey: null, keywords: [], fields: {} };

describe('the reader’s Details list', () => {
  it('has nothing for a bare capture', () => {
    expect(detailEntries(BARE)).toEqual([]);
    expect(detailEntries({ ...BARE, venue: '  ', fields: { volume: ' ' } })).toEqual([]);
  });

  it('lists what is known in citation order, identifiers as links, other fields last by name', () => {
    const entries = detailEntries({
      type: 'paper-conference',
      venue: 'Advances in Neural Information Processing Systems',
      doi: '10.5555/3295222.3295349',
      arxiv: '1706.03762',
      url: 'https://papers.nips.cc/paper/7181',
      citationKey: 'Vaswani2017',
      keywords: ['attention', 'transformers'],
      fields: { publisher: 'Curran Associates', pages: '5998–6008', volume: '30', isbn: '9781510860964', 'container-title': 'NeurIPS' },
    });
    expect(entries).toEqual([
      { kind: 'text', term: 'Type', value: 'Conference paper' },
      { kind: 'text', term: 'Venue', value: 'Advances in Neural Information Processing Systems' },
      { kind: 'text', term: 'Volume', value: '30' },
      { kind: 'text', term: 'Pages', value: '5998–6008' },
      { kind: 'text', term: 'Publisher', value: 'Curran Associates' },
      { kind: 'link', term: 'DOI', value: '10.5555/3295222.3295349', href: 'https://doi.org/10.5555/3295222.3295349' },
      { kind: 'link', term: 'arXiv', value: '1706.03762', href: 'https://arxiv.org/abs/1706.03762' },
      { kind: 'link', term: 'URL', value: 'https://papers.nips.cc/paper/7181', href: 'https://papers.nips.cc/paper/7181' },
      { kind: 'citation-key', term: 'Citation key', value: 'Vaswani2017' },
      { kind: 'text', term: 'Keywords', value: 'attention, transformers' },
      { kind: 'text', term: 'Container title', value: 'NeurIPS' },
      { kind: 'text', term: 'ISBN', value: '9781510860964' },
    ]);
  });

  it('escapes a DOI for its link, and shows a URL that is not a web address as text', () => {
    expect(detailEntries({ ...BARE, doi: '10.1002/(sici)1097-4571#x?y' })).toEqual([
      { kind: 'link', term: 'DOI', value: '10.1002/(sici)1097-4571#x?y', href: 'https://doi.org/10.1002/(sici)1097-4571%23x%3Fy' },
    ]);
    expect(detailEntries({ ...BARE, url: 'javascript:alert(1)' })).toEqual([{ kind: 'text', term: 'URL', value: 'javascript:alert(1)' }]);
  });

  it('shows a type CSL does not define as written', () => {
    expect(detailEntries({ ...BARE, type: 'misc' })).toEqual([{ kind: 'text', term: 'Type', value: 'misc' }]);
  });

  it('names a source’s fields readably', () => {
    expect(fieldTerm('howpublished')).toBe('How published');
    expect(fieldTerm('original_date')).toBe('Original date');
    expect(fieldTerm('note')).toBe('Note');
    expect(fieldTerm('journalabbreviation')).toBe('Journal abbreviation');
    expect(fieldTerm('ids')).toBe('Also cited as');
    expect(fieldTerm('an')).toBe('Accession number');
    expect(fieldTerm('j2')).toBe('J2');
    expect(fieldTerm('id')).toBe('ID');
    expect(fieldTerm('page')).toBe('Pages');
  });
});
