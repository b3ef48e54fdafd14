import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { parseCapture } from '../../../../shared/capture/parse';
import { syntheticPortalCapture } from '../../../../scripts/fixtures/synthetic-capture';

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'lectern-parse-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function runParse(...files: string[]): { status: number | null; stdout: string; stderr: string } {
  // Exactly what `npm run parse` runs.
  const result = spawnSync(process.execPath, ['scripts/cli/run-as-esm.mjs', 'scripts/parse.ts', ...files], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 60_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

interface CliRecord {
  title: string | null;
  authors: string[];
  year: number | null;
  text: string;
  doi: string | null;
  url: string | null;
  venue: string | null;
  citationKey: string | null;
  type: string | null;
  keywords: string[];
  fields: Record<string, string>;
  line: number;
}

interface CliFile {
  file: string;
  format: string;
  encoding: string;
  records: CliRecord[];
  warnings: string[];
}

/** What every record prints, bibliographic fields first. */
const REFERENCE_KEYS = [
  'title',
  'authors',
  'year',
  'text',
  'doi',
  'url',
  'venue',
  'tags',
  'citationKey',
  'type',
  'arxiv',
  'keywords',
  'fields',
  'line',
];

describe('npm run parse', () => {
  it('prints one JSON object per file and exits 0', () => {
    const { status, stdout, stderr } = runParse(
      'seeds/004_ad664b81d537d098.txt',
      'seeds/002_5a15cb1a17bda28b.txt',
    );
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const files = JSON.parse(stdout) as CliFile[];
    expect(files.map((file) => [file.file, file.format, file.encoding, file.records.length, file.warnings])).toEqual([
      ['seeds/004_ad664b81d537d098.txt', 'capture', 'utf-8', 6, []],
      ['seeds/002_5a15cb1a17bda28b.txt', 'capture', 'utf-8', 3, []],
    ]);
    expect(Object.keys(files[0] ?? {})).toEqual(['file', 'format', 'encoding', 'records', 'warnings']);
    expect(Object.keys(files[0]?.records[0] ?? {})).toEqual([
      ...REFERENCE_KEYS,
      'role',
      'truncated',
      'span',
      'quote',
      'views',
      'field',
      'language',
    ]);
    expect(files[0]?.records[0]?.title).toBe(
      'Towards Understanding Learning in Neural Networks with Linear Teachers',
    );
  });

  it('reads RIS, CSL-JSON and CSV files, printing the bibliographic fields of each entry', () => {
    const { status, stdout, stderr } = runParse(
      'tests/fixtures/references/ris/pubmed.ris',
      'tests/fixtures/references/csl-json/better-bibtex.json',
      'tests/fixtures/references/csv/asreview.csv',
    );
    expect(status).toBe(0);
    expect(stderr).toBe('');
    const files = JSON.parse(stdout) as CliFile[];
    expect(files.map((file) => [file.format, file.encoding, file.records.length])).toEqual([
      ['ris', 'utf-8', 2],
      ['csl-json', 'utf-8', 2],
      ['csv', 'utf-8', 3],
    ]);
    for (const file of files) expect(Object.keys(file.records[0] ?? {})).toEqual(REFERENCE_KEYS);
    expect(files[0]?.records[1]).toMatchObject({
      title: 'Hippocampal replay during rest: a meta-analysis',
      authors: ['Jan van der Berg', 'Agnieszka Kowalczyk'],
      year: 2020,
      doi: '10.1016/j.neubiorev.2020.07.011',
      venue: 'Neuroscience and biobehavioral reviews',
      type: 'article-journal',
      line: 24,
    });
    expect(files[1]?.records[0]).toMatchObject({ citationKey: 'schroder2020minimax', venue: 'The Annals of Statistics', line: 2 });
    expect(files[2]?.records[0]).toMatchObject({
      title: 'Active learning for systematic reviews: a simulation study',
      fields: { record_id: '1', label_included: '1' },
      line: 2,
    });
    expect(files[2]?.warnings).toEqual(['Line 6: the row has neither a title nor an abstract and was skipped.']);
  });

  it('reports a reference file that gave no entry on stderr, with the first problem', () => {
    const broken = join(scratch, 'broken.json');
    writeFileSync(broken, '[\n  {"title": "A", "type": "book",}\n]');
    const { status, stdout, stderr } = runParse(broken);
    expect(status).toBe(1);
    expect(JSON.parse(stdout)).toEqual([]);
    expect(stderr).toMatch(
      new RegExp(`^parse: cannot read "${broken}": No reference could be read from this CSL-JSON file \\(Line 2, column 33: this is not valid JSON`, 'u'),
    );
  });

  it('exits non-zero with a one-line error for a missing file, a directory or an empty file', () => {
    const empty = join(scratch, 'empty.txt');
    writeFileSync(empty, '');
    for (const [file, reason] of [
      ['no/such/capture.txt', 'no such file.'],
      ['seeds', 'it is a directory.'],
      [empty, 'The file is empty.'],
    ] as const) {
      const { status, stderr } = runParse(file);
      expect(status).not.toBe(0);
      expect(stderr).toBe(`parse: cannot read "${file}": ${reason}\n`);
    }
  });

  it('reads a 5 MB capture of 10,000 abstracts', () => {
    const big = join(scratch, 'big.txt');
    writeFileSync(big, syntheticPortalCapture(10_000, 7));
    const { status, stdout } = runParse(big);
    expect(status).toBe(0);
    expect((JSON.parse(stdout) as CliFile[])[0]?.records).toHaveLength(10_000);
  });
});

describe('parse speed', () => {
  it('segments a 5 MB capture in well under the few seconds the CLI may take (linear, not quadratic)', () => {
    const bytes = new TextEncoder().encode(syntheticPortalCapture(10_000, 4));
    expect(bytes.length).toBeGreaterThan(4_500_000);
    const started = performance.now();
    const parsed = parseCapture(bytes);
    const elapsed = performance.now() - started;
    expect(parsed.records).toHaveLength(10_000);
    expect(elapsed).toBeLessThan(5_000);
  });
});
