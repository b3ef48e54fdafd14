import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { prismaCsv, PRISMA_CSV_COLUMNS } from '../../../../../shared/screening/prisma/csv';
import { COUNTS } from '../../../support/prisma-counts';

describe('the PRISMA counts as CSV', () => {
  const parsed = Papa.parse<Record<string, string>>(prismaCsv(COUNTS), { header: true, skipEmptyLines: true });

  it('parses with the promised columns, one row per figure of the diagram', () => {
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual([...PRISMA_CSV_COLUMNS]);
    expect(parsed.data.map((row) => [row.section, row.item, row.count])).toEqual([
      ['identification', 'Records identified from: pubmed <2024> & "more".ris', '41'],
      ['identification', `'Records identified from: =HYPERLINK("x").bib`.slice(1), '13'],
      ['identification', 'Records identified (total)', '54'],
      ['identification', 'Duplicate records removed', '7'],
      ['screening', 'Records screened', '39'],
      ['screening', 'Records excluded', '28'],
      ['screening', 'Records excluded: E1 Wrong population', '17'],
      ['screening', 'Records excluded: No reason given', '11'],
      ['screening', 'Records awaiting screening: marked maybe', '3'],
      ['screening', 'Records awaiting screening: not yet screened', '5'],
      ['retrieval', 'Reports sought for retrieval', '11'],
      ['retrieval', 'Reports not retrieved', '0'],
      ['eligibility', 'Reports assessed for eligibility', '9'],
      ['eligibility', 'Reports excluded', '6'],
      ['eligibility', 'Reports excluded: E2 Not an RCT', '6'],
      ['eligibility', 'Reports awaiting assessment: marked maybe', '2'],
      ['eligibility', 'Reports awaiting assessment: not yet assessed', '0'],
      ['included', 'Studies included in review', '4'],
    ]);
  });

  it('guards a cell a spreadsheet would run as a formula', () => {
    const guarded = prismaCsv({ ...COUNTS, identified: { ...COUNTS.identified, sources: [{ key: 'b', name: 'x', count: 1 }] }, screening: { ...COUNTS.screening, reasons: [{ code: '=E1', label: 'bad', count: 28 }] } });
    const rows = Papa.parse<Record<string, string>>(guarded, { header: true, skipEmptyLines: true }).data;
    expect(rows.find((row) => row.item?.includes('bad'))?.item).toBe('Records excluded: =E1 bad');
    const item = prismaCsv(COUNTS).split('\r\n').find((line) => line.includes('HYPERLINK'));
    expect(item).toBe('"identification","Records identified from: =HYPERLINK(""x"").bib",13');
  });
});
