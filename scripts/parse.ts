// `npm run --silent parse -- FILE...`: prints what the importer makes of each file (a capture or a
// reference file), as JSON.
import { readFileSync, statSync } from 'node:fs';
import type { CaptureRecord, ParsedCapture, ReferenceFormat } from '../shared/capture/types';
import { parseImportFile } from '../shared/import/parse-file';
import { isReferenceLayout } from '../shared/references/layout';

type FileFormat = 'capture' | ReferenceFormat;

interface FileReport {
  file: string;
  format: FileFormat;
  encoding: ParsedCapture['encoding'];
  records: PrintedRecord[];
  warnings: string[];
}

type PrintedFields = 'title' | 'authors' | 'year' | 'text' | 'doi' | 'url' | 'venue' | 'tags' | 'citationKey' | 'type' | 'arxiv' | 'keywords' | 'fields' | 'line';
type PrintedRecord = Pick<CaptureRecord, PrintedFields> | CaptureRecord;

type Outcome = { ok: true; report: FileReport } | { ok: false; error: string };

function readImportFile(file: string): Outcome {
  let bytes: Uint8Array;
  try {
    if (statSync(file).isDirectory())
      return { ok: false, error: `parse: cannot read "${file}": it is a directory.` };
    bytes = new Uint8Array(readFileSync(file));
  } catch (error) {
    return { ok: false, error: `parse: cannot read "${file}": ${reason(error)}` };
  }
  const parsed = parseImportFile(bytes);
  if (parsed.error !== null) return { ok: false, error: `parse: cannot read "${file}": ${parsed.error}` };
  const format = formatOf(parsed.layout);
  const records = parsed.records.map((record) => (format === 'capture' ? printedCapture(record) : printedFields(record)));
  return { ok: true, report: { file, format, encoding: parsed.encoding, records, warnings: parsed.warnings } };
}

function formatOf(layout: ParsedCapture['layout']): FileFormat {
  return isReferenceLayout(layout) ? layout : 'capture';
}

/** What every record prints, in the order the CLI documents: the bibliographic fields first. */
function printedFields(record: CaptureRecord): Pick<CaptureRecord, PrintedFields> {
  const { title, authors, year, text, doi, url, venue, tags, citationKey, type, arxiv, keywords, fields, line } = record;
  return { title, authors, year, text, doi, url, venue, tags, citationKey, type, arxiv, keywords, fields, line };
}

/** A capture's record also prints where and how it was found on the page. */
function printedCapture(record: CaptureRecord): CaptureRecord {
  const { role, truncated, span, quote, views, field, language } = record;
  return { ...printedFields(record), role, truncated, span, quote, views, field, language };
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
  const outcomes = files.map(readImportFile);
  const reports = outcomes.flatMap((outcome) => (outcome.ok ? [outcome.report] : []));
  for (const outcome of outcomes) if (!outcome.ok) process.stderr.write(`${outcome.error}\n`);
  process.stdout.write(`${JSON.stringify(reports, null, 2)}\n`);
  return reports.length === files.length ? 0 : 1;
}

process.exitCode = main(process.argv.slice(2));
