import { describe, expect, it } from 'vitest';
import { writeCslJson } from '../../../../../shared/export/csl-json/write-csl-json';
import type { ExportEntry } from '../../../../../shared/export/types';
import { parseCslJson } from '../../../../../shared/references/csl-json';
import { validateCslJson } from '../csl-schema';
import { entry } from '../../../support/export-entry';

function itemsOf(entries: readonly ExportEntry[]): Record<string, unknown>[] {
  return JSON.parse(writeCslJson(entries)) as Record<string, unknown>[];
}

describe('writeCslJson', () => {
  it('writes a pretty-printed array of items keyed by the citation key, valid against the CSL-JSON schema', () => {
    const entries = [
      entry({
        title: 'Deep $x_1$ learning & more',
        authors: ['Jan van der Berg', 'John Smith Jr.', 'World Health Organization'],
        year: 2019,
        abstract: 'First.\n\nSecond.',
        doi: '10.1000/xyz',
        url: 'https://example.org/paper',
        venue: 'Journal of Things',
        type: 'article-journal',
        tags: ['deep learning', 'theory/sgd'],
        fields: { volume: '12', number: '3', pages: '1-10', publisher: 'ACM', editor: 'Ann Lee', urldate: '2020-01-01', 'x-custom': 'dropped' },
      }),
    ];
    const file = writeCslJson(entries);
    expect(file.startsWith('[\n  {\n    "id": "smith2019",')).toBe(true);
    const items = JSON.parse(file) as unknown;
    expect(validateCslJson(items)).toEqual([]);
    expect(items).toEqual([
      {
        id: 'smith2019',
        'citation-key': 'smith2019',
        type: 'article-journal',
        title: 'Deep $x_1$ learning & more',
        author: [{ family: 'Berg', given: 'Jan', 'non-dropping-particle': 'van der' }, { family: 'Smith', given: 'John', suffix: 'Jr.' }, { literal: 'World Health Organization' }],
        issued: { 'date-parts': [[2019]] },
        'container-title': 'Journal of Things',
        abstract: 'First.\n\nSecond.',
        DOI: '10.1000/xyz',
        URL: 'https://example.org/paper',
        keyword: 'deep learning, theory > sgd',
        volume: '12',
        issue: '3',
        page: '1-10',
        publisher: 'ACM',
        editor: [{ family: 'Lee', given: 'Ann' }],
        accessed: { raw: '2020-01-01' },
      },
    ]);
  });

  it('gives an item with no CSL type the type "article", and leaves out what the entry does not have', () => {
    expect(itemsOf([entry({ title: 'Only a title' })])).toEqual([{ id: 'smith2019', 'citation-key': 'smith2019', type: 'article', title: 'Only a title' }]);
  });

  it('separates keywords with semicolons when a tag holds a comma', () => {
    expect(itemsOf([entry({ tags: ['learning, deep', 'x'] })])[0]?.keyword).toBe('learning, deep; x');
    expect(parseCslJson(writeCslJson([entry({ tags: ['learning, deep', 'x'] })])).records[0]?.tags).toEqual(['learning, deep', 'x']);
  });

  it('keeps the arXiv id where Zotero does, unless the URL names it', () => {
    expect(itemsOf([entry({ arxiv: '2101.00001' })])[0]?.number).toBe('arXiv:2101.00001');
    expect(itemsOf([entry({ arxiv: '2101.00001', url: 'https://arxiv.org/abs/2101.00001' })])[0]?.number).toBeUndefined();
  });

  it('is read back with the key from citation-key and the nested tags from keyword', () => {
    const [record] = parseCslJson(writeCslJson([entry({ citationKey: 'lee:2020-x', tags: ['a/b/c', 'Ökonomie'] })])).records;
    expect(record?.citationKey).toBe('lee:2020-x');
    expect(record?.tags).toEqual(['a/b/c', 'Ökonomie']);
  });
});
