import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CaptureRecord } from '../../../../shared/capture/types';
import { parseImportFile } from '../../../../shared/import/parse-file';
import { parseCslJson } from '../../../../shared/references/csl-json';
import { parseCsv } from '../../../../shared/references/csv';
import { detectReferenceFormat } from '../../../../shared/references/detect';
import { lineIndex } from '../../../../shared/references/line-index';
import { lineAt } from '../../../../shared/references/record';
import type { ReferenceReadResult } from '../../../../shared/references/record';
import { parseRis } from '../../../../shared/references/ris';

/** Each span lies in the text and starts on the record's line. */
function spansHold(text: string, records: readonly CaptureRecord[]): boolean {
  return records.every(
    (record) =>
      record.span.start >= 0 &&
      record.span.start <= record.span.end &&
      record.span.end <= text.length &&
      record.line === lineAt(text, record.span.start),
  );
}

const anyText = fc.string({ unit: 'binary', maxLength: 400 });

/** Lines of the shapes each format is made of, broken and whole, so random files reach every branch. */
const risLine = fc.oneof(
  fc.constantFrom('TY  - JOUR', 'TY  - CONF', 'TY  -', 'ER  - ', 'ER  -', 'TI  - A title', 'AU  - Smith, J.', 'AU  - ', 'PY  - 2019', 'DA  - 2019/05/01/', 'Y1  - 2019///', 'DO  - 10.1000/x', 'KW  - a; b', 'T2  - Venue', 'JO  - J', 'JF  - Journal', 'SP  - 1', 'EP  - 9', 'SN  - 1234-5678', 'AB  - An abstract.', ''),
  fc.tuple(fc.constantFrom('TI', 'AB', 'AU', 'DA', 'PY', 'DO', 'UR', 'SN', 'SP', 'ID', 'Y1', 'A2', 'C3'), fc.string({ maxLength: 40 })).map(([tag, value]) => `${tag}  - ${value}`),
  fc.string({ maxLength: 60 }),
);
const cslValue = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.integer(),
  fc.constant(null),
  fc.constantFrom({ 'date-parts': [[2019, 5]] }, { 'date-parts': [['x']] }, { raw: '2019' }, { literal: 'Spring' }, [{ family: 'Ng', given: 'A' }], [{ literal: 'WHO' }], [null, 3], {}),
);
const cslItem = fc.dictionary(
  fc.constantFrom('title', 'abstract', 'author', 'issued', 'DOI', 'URL', 'type', 'id', 'citation-key', 'keyword', 'container-title', 'volume', 'editor', 'note'),
  cslValue,
);
const cslText = fc.oneof(
  fc.array(fc.oneof(cslItem, cslValue), { maxLength: 6 }).map((items) => JSON.stringify(items, null, 1)),
  cslItem.map((item) => JSON.stringify(item)),
  fc.tuple(fc.array(cslItem, { maxLength: 4 }), fc.nat()).map(([items, cut]) => {
    const json = JSON.stringify(items);
    return json.slice(0, cut % (json.length + 1));
  }),
);
const csvCell = fc.oneof(
  fc.constantFrom('', 'Title', 'abstract', 'Authors', 'Year', 'DOI', '"quoted, cell"', '"multi\nline"', '"unclosed', 'Smith, J.; Doe, A.', '2019', 'id', '17'),
  fc.string({ maxLength: 20 }),
);
const csvText = fc
  .tuple(fc.array(fc.array(csvCell, { maxLength: 6 }), { maxLength: 8 }), fc.constantFrom(',', ';', '\t'))
  .map(([rows, delimiter]) => rows.map((row) => row.join(delimiter)).join('\n'));
const risText = fc.array(risLine, { maxLength: 30 }).map((lines) => lines.join('\n'));

function holds(read: (text: string) => ReferenceReadResult, text: string): boolean {
  const { records, warnings } = read(text);
  return spansHold(text, records) && warnings.every((warning) => typeof warning === 'string');
}

describe('reference readers on arbitrary input', () => {
  it.each([
    ['parseRis', parseRis, risText],
    ['parseCslJson', parseCslJson, cslText],
    ['parseCsv', parseCsv, csvText],
  ] as const)('%s never throws; spans lie in the text and lines match them', (_, read, shaped) => {
    fc.assert(fc.property(fc.oneof(shaped, anyText), (text) => holds(read, text)), { numRuns: 300 });
  });

  it('detectReferenceFormat never throws', () => {
    fc.assert(
      fc.property(fc.oneof(risText, cslText, csvText, anyText), (text) => {
        const format = detectReferenceFormat(text);
        return format === null || ['bibtex', 'ris', 'csl-json', 'csv'].includes(format);
      }),
      { numRuns: 300 },
    );
  });
});

describe('parseImportFile on arbitrary bytes', () => {
  const shapedBytes = fc.oneof(risText, cslText, csvText).map((text) => new TextEncoder().encode(text));

  it('never throws; gives records with spans in the text, or an error', () => {
    fc.assert(
      fc.property(fc.oneof(fc.uint8Array({ maxLength: 400 }), shapedBytes), (bytes) => {
        const parsed = parseImportFile(bytes);
        expect(spansHold(parsed.text, parsed.records)).toBe(true);
        expect(parsed.error === null || parsed.records.length === 0).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('lineIndex', () => {
  it('finds the same line as lineAt for every offset', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }).map((text) => text.replace(/x/gu, '\n')), fc.nat(220), (text, offset) => {
        return lineIndex(text)(offset) === lineAt(text, offset);
      }),
    );
  });
});
