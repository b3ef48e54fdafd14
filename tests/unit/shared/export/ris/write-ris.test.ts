import { describe, expect, it } from 'vitest';
import { writeRis } from '../../../../../shared/export/ris/write-ris';
import { parseRis } from '../../../../../shared/references/ris';
import { entry } from '../../../support/export-entry';

describe('writeRis', () => {
  it('writes each record from TY to ER, with RIS’s exact tag spacing and CR LF line ends', () => {
    const file = writeRis([
      entry({
        title: 'Deep learning: 50% & $x_1$',
        authors: ['Jan van der Berg', 'John Smith Jr.', 'World Health Organization', 'Plato'],
        year: 2019,
        abstract: 'First paragraph.\n\nSecond paragraph.',
        doi: '10.1000/xyz',
        url: 'https://example.org/paper',
        venue: 'Journal of Things',
        type: 'article-journal',
        tags: ['deep learning', 'theory/sgd'],
        fields: { volume: '12', issue: '3', pages: '101–120', publisher: 'ACM' },
      }),
    ]);
    expect(file).toBe(
      [
        'TY  - JOUR',
        'ID  - smith2019',
        'LB  - smith2019',
        'TI  - Deep learning: 50% & $x_1$',
        'AU  - van der Berg, Jan',
        'AU  - Smith, John, Jr.',
        'AU  - World Health Organization',
        'AU  - Plato',
        'PY  - 2019',
        'T2  - Journal of Things',
        'VL  - 12',
        'IS  - 3',
        'PB  - ACM',
        'SP  - 101',
        'EP  - 120',
        'DO  - 10.1000/xyz',
        'UR  - https://example.org/paper',
        'KW  - deep learning',
        'KW  - theory > sgd',
        'AB  - First paragraph.',
        '',
        'Second paragraph.',
        'ER  - ',
        '',
      ].join('\r\n'),
    );
  });

  it.each([
    ['article-journal', 'JOUR'],
    ['paper-conference', 'CONF'],
    ['book', 'BOOK'],
    ['chapter', 'CHAP'],
    ['thesis', 'THES'],
    ['report', 'RPRT'],
    ['webpage', 'GEN'],
    [null, 'GEN'],
  ])('writes the CSL type %s as TY %s', (type, ty) => {
    expect(writeRis([entry({ type })]).split('\r\n')[0]).toBe(`TY  - ${ty}`);
  });

  it('separates records with a blank line and reads each back with its key, venue and nested tags', () => {
    const file = writeRis([
      entry({ citationKey: 'a2020', type: 'book', venue: 'Lecture Notes', tags: ['x/y'] }),
      entry({ id: 2, citationKey: 'b2021', type: 'paper-conference', venue: 'NeurIPS' }),
    ]);
    expect(file).toContain('ER  - \r\n\r\nTY  - CONF');
    const records = parseRis(file).records;
    expect(records.map((record) => [record.citationKey, record.venue, record.tags])).toEqual([
      ['a2020', 'Lecture Notes', ['x/y']],
      ['b2021', 'NeurIPS', []],
    ]);
  });

  it('leaves out the abstract, year and authors an entry does not have', () => {
    expect(writeRis([entry({ title: 'Only a title' })])).toBe('TY  - GEN\r\nID  - smith2019\r\nLB  - smith2019\r\nTI  - Only a title\r\nER  - \r\n');
  });
});
