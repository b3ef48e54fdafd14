import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'lectern-screen-sim-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function screenSim(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ['scripts/cli/run-as-esm.mjs', 'scripts/screen-sim.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function csvFile(name: string, text: string): string {
  const path = join(scratch, name);
  writeFileSync(path, text);
  return path;
}

// Six records, two included; record 4 has neither title nor abstract and is dropped; record 2's abstract holds a quoted CRLF.
const SMALL = [
  'record_id,title,abstract,authors,label_included',
  '1,Protein folding with neural networks,Deep models predict protein structure.,A,1',
  '2,Tomato gardening,"Spring soil\r\nand weather for tomatoes.",B,0',
  '3,Neural protein structure,Networks fold proteins.,C,1',
  '4,,,D,0',
  '5,Garden weather,Soil and rain.,E,0',
  '6,Spring tomatoes,Weather and soil again.,F,0',
  '7,Rain in gardens,Tomato soil.,G,0',
].join('\n');

describe('screen-sim', () => {
  it('prints one JSON object with the counts, metrics and the screened count at each inclusion', () => {
    const result = screenSim(csvFile('small.csv', SMALL), '--seed', '3');
    expect(result.status).toBe(0);
    const output = JSON.parse(result.stdout) as Record<string, unknown>;
    expect(Object.keys(output)).toEqual(['records', 'included', 'wss95', 'wss100', 'rrf10', 'screened_at_each_inclusion']);
    expect(output['records']).toBe(6);
    expect(output['included']).toBe(2);
    const found = output['screened_at_each_inclusion'] as number[];
    expect(found).toHaveLength(2);
    expect(found[0]).toBeLessThanOrEqual(2);
    // The other protein record shares its words with the included prior, so it comes right after the priors.
    expect(found[1]).toBe(3);
    expect(output['wss100']).toBeCloseTo(50, 10);
  });

  it('runs the ASReview default model when asked', () => {
    const result = screenSim(csvFile('small-asreview.csv', SMALL), '--model', 'asreview', '--seed', '1');
    expect(result.status).toBe(0);
    expect((JSON.parse(result.stdout) as { records: number }).records).toBe(6);
  });

  it('fails with a clear message and exit code 1 for a missing file', () => {
    const result = screenSim(join(scratch, 'absent.csv'));
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/cannot read .*absent\.csv/u);
    expect(result.stdout).toBe('');
  });

  it('fails with a clear message and exit code 1 when a column is missing', () => {
    const result = screenSim(csvFile('no-label.csv', 'record_id,title,abstract\n1,A,B\n'));
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('missing column: label_included');
  });
});
