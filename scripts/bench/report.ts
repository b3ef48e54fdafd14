import { mkdirSync, writeFileSync } from 'node:fs';

export interface BenchRow {
  size: number;
  what: string;
  value: number;
  unit: string;
  baseline: number | null;
  /** value ÷ baseline, in the direction the target is stated. */
  ratio: number | null;
  target: string;
  met: boolean | null;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? 0;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? 0) + upper) / 2;
}

/** A row measured without a baseline: checked against an absolute target, or only reported (`met` null). */
export function absoluteRow(size: number, what: string, value: number, unit: string, target = 'report', met: boolean | null = null): BenchRow {
  return { size, what, value, unit, baseline: null, ratio: null, target, met };
}

/** A row measured against a baseline in the same run, met when value ÷ baseline is at most `limit`. */
export function atMostRow(size: number, what: string, value: number, unit: string, baseline: number, limit: number, target: string): BenchRow {
  const ratio = value / baseline;
  return { size, what, value, unit, baseline, ratio, target, met: ratio <= limit };
}

/** The value below which `share` (0–1) of the values fall (nearest rank). */
export function percentile(values: number[], share: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] ?? 0;
}

const format = (value: number | null, digits = 0): string => (value === null ? '—' : value.toFixed(digits));
/** Below 10, one decimal: a 0.4 ms figure must not print as 0. */
const formatValue = (value: number): string => format(value, value !== 0 && Math.abs(value) < 10 ? 1 : 0);

export function printTable(rows: BenchRow[]): void {
  const lines = [
    '| size | measure | value | baseline | ratio | target | met |',
    '|---:|---|---:|---:|---:|---|---|',
    ...rows.map(
      (row) =>
        `| ${row.size.toLocaleString('en')} | ${row.what} | ${formatValue(row.value)} ${row.unit} | ${format(row.baseline)} | ` +
        `${format(row.ratio, 2)} | ${row.target} | ${row.met === null ? '—' : row.met ? 'yes' : 'NO'} |`,
    ),
  ];
  console.log(lines.join('\n'));
}

export function writeJson(rows: BenchRow[], extra: Record<string, unknown>): string {
  mkdirSync('bench-results', { recursive: true });
  const file = 'bench-results/bench.json';
  writeFileSync(file, `${JSON.stringify({ ...extra, rows }, null, 2)}\n`);
  return file;
}
