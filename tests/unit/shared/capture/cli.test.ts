import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { parseCapture } from '../../../../shared/capture/parse';
import { syntheticPortalCapture } from '../../../../scripts/fixtures/synthetic-capture';

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const scratch = mkdtempSync(join(tmpdir(), 'lectern-parse-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function runParse(...files: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(TSX, ['scripts/parse.ts', ...files], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 60_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

interface CliRecord {
  role: string;
  title: string | null;
  text: string;
  span: { start: number; end: number };
}

interface CliFile {
  file: string;
  encoding: string;
  records: CliRecord[];
  warnings: string[];
}

describe('npm run parse', () => {
  it('prints one JSON object per file and exits 0', () => {
    const { status, stdout, stderr } = runParse(
      'seeds/004_ad664b81d537d098.txt',
      'seeds/002_5a15cb1a17bda28b.txt',
    );
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const files = JSON.parse(stdout) as CliFile[];
    expect(files.map((file) => [file.file, file.encoding, file.records.length, file.warnings])).toEqual([
      ['seeds/004_ad664b81d537d098.txt', 'utf-8', 6, []],
      ['seeds/002_5a15cb1a17bda28b.txt', 'utf-8', 3, []],
    ]);
    expect(Object.keys(files[0] ?? {})).toEqual(['file', 'encoding', 'records', 'warnings']);
    expect(Object.keys(files[0]?.records[0] ?? {})).toEqual([
      'role',
      'title',
      'authors',
      'year',
      'text',
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
