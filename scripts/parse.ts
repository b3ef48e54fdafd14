// `npm run --silent parse -- FILE...`: prints what the importer makes of each capture, as JSON.
import { readFileSync, statSync } from 'node:fs';
import { parseCapture } from '../shared/capture/parse';
import type { CaptureRecord, ParsedCapture } from '../shared/capture/types';

interface FileReport {
  file: string;
  encoding: ParsedCapture['encoding'];
  records: CaptureRecord[];
  warnings: string[];
}

type Outcome = { ok: true; report: FileReport } | { ok: false; error: string };

function readCapture(file: string): Outcome {
  let bytes: Uint8Array;
  try {
    if (statSync(file).isDirectory())
      return { ok: false, error: `parse: cannot read "${file}": it is a directory.` };
    bytes = new Uint8Array(readFileSync(file));
  } catch (error) {
    return { ok: false, error: `parse: cannot read "${file}": ${reason(error)}` };
  }
  const parsed = parseCapture(bytes);
  if (parsed.error !== null) return { ok: false, error: `parse: cannot read "${file}": ${parsed.error}` };
  const records = parsed.records.map(orderedRecord);
  return { ok: true, report: { file, encoding: parsed.encoding, records, warnings: parsed.warnings } };
}

/** The record with its fields in the order the CLI documents. */
function orderedRecord(record: CaptureRecord): CaptureRecord {
  const { role, title, authors, year, text, truncated, span, quote, views, field, language, line } = record;
  const { doi, arxiv, url, venue, type, citationKey, keywords, tags, fields } = record;
  return { role, title, authors, year, text, truncated, span, quote, views, field, language, line, doi, arxiv, url, venue, tags, citationKey, type, keywords, fields };
}

function reason(error: unknown): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  if (code === 'ENOENT') return 'no such file.';
  if (code === 'EACCES') return 'permission denied.';
  return error instanceof Error ? (error.message.split('\n')[0] ?? 'unknown error.') : String(error);
}

function main(files: readonly string[]): number {
  if (files.length === 0) {
    process.stderr.write('usage: npm run --silent parse -- FILE...\n');
    return 2;
  }
  const outcomes = files.map(readCapture);
  const reports = outcomes.flatMap((outcome) => (outcome.ok ? [outcome.report] : []));
  for (const outcome of outcomes) if (!outcome.ok) process.stderr.write(`${outcome.error}\n`);
  process.stdout.write(`${JSON.stringify(reports, null, 2)}\n`);
  return reports.length === files.length ? 0 : 1;
}

process.exitCode = main(process.argv.slice(2));
