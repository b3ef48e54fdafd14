import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { annotationsCsv } from '../../../../shared/export/annotations/csv';
import type { ExportHighlight, LibraryExportInput } from '../../../../shared/export/vault/types';
import { entry } from '../../support/export-entry';

function highlight(exact: string, comment: string): ExportHighlight {
  return {
    id: 1,
    abstractId: 1,
    selectors: { quote: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' }, position: { type: 'TextPositionSelector', start: 0, end: exact.length } },
    color: 'yellow',
    comment: { json: null, text: comment },
    state: 'anchored',
    confidence: 1,
    createdAt: Date.UTC(2026, 0, 2),
    updatedAt: Date.UTC(2026, 0, 3),
  };
}

function rows(input: LibraryExportInput): string[][] {
  return Papa.parse<string[]>(annotationsCsv(input), { skipEmptyLines: true }).data;
}

const INPUT = { notes: [], links: [], synthesisNotes: [], lists: [], outsideTitles: new Map<number, string>() };

describe('the annotations CSV', () => {
  it('keeps commas, quotes and line breaks of a highlight in their cells', () => {
    const [, row] = rows({ ...INPUT, entries: [entry()], highlights: [highlight('a "quoted", split\nline', 'why, "this"')] });
    expect(row).toEqual(['smith2019', 'A title', 'yellow', 'a "quoted", split\nline', 'why, "this"', '2026-01-02T00:00:00.000Z', '2026-01-03T00:00:00.000Z']);
  });

  it('never hands a spreadsheet a formula: a cell starting with = + - or @ starts with an apostrophe', () => {
    const [, row] = rows({ ...INPUT, entries: [entry({ displayTitle: '=HYPERLINK("http://x")' })], highlights: [highlight('-1 + 2', '@SUM(A1)')] });
    expect(row?.slice(1, 5)).toEqual(["'=HYPERLINK(\"http://x\")", 'yellow', "'-1 + 2", "'@SUM(A1)"]);
  });
});
