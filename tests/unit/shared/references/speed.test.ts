import { describe, expect, it } from 'vitest';
import { parseImportFile } from '../../../../shared/import/parse-file';

const COUNT = 10_000;
const ABSTRACT = 'We study a problem, show that it is hard, and bound its cost by $x^2$; the proof is short. '.repeat(8);

function ris(): string {
  return Array.from(
    { length: COUNT },
    (_, i) => `TY  - JOUR\nAU  - Smith, J.\nAU  - Doe, A.\nTI  - Title ${i}\nPY  - 2019\nT2  - Venue\nDO  - 10.1000/x${i}\nAB  - ${ABSTRACT}\nKW  - a\nER  - \n`,
  ).join('\n');
}

function csv(): string {
  const rows = Array.from({ length: COUNT }, (_, i) => `"Title ${i}","${ABSTRACT}","Smith, J.; Doe, A.",2019`);
  return ['title,abstract,authors,year', ...rows].join('\n');
}

function cslJson(): string {
  const items = Array.from({ length: COUNT }, (_, i) => ({
    id: `key${i}`,
    type: 'article-journal',
    title: `Title ${i}`,
    abstract: ABSTRACT,
    author: [{ family: 'Smith', given: 'J.' }],
    issued: { 'date-parts': [[2019]] },
  }));
  return JSON.stringify(items, null, 2);
}

describe('reading large reference files', () => {
  it.each([
    ['ris', ris],
    ['csv', csv],
    ['csl-json', cslJson],
  ] as const)('reads 10,000 %s entries (about 8 MB) in linear time', (format, make) => {
    const bytes = new TextEncoder().encode(make());
    const started = performance.now();
    const parsed = parseImportFile(bytes);
    const elapsed = performance.now() - started;
    expect(parsed.layout).toBe(format);
    expect(parsed.records).toHaveLength(COUNT);
    expect(parsed.records[COUNT - 1]?.title).toBe(`Title ${COUNT - 1}`);
    // About a second on an idle machine; a reader that rescans the text per entry took 17 s.
    expect(elapsed).toBeLessThan(8_000);
  });
});
