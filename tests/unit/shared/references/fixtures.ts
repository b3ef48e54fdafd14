import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { normalizeCaptureText } from '../../../../shared/capture/decode';
import type { CaptureRecord } from '../../../../shared/capture/types';
import { lineAt } from '../../../../shared/references/record';

const FIXTURES = new URL('../../../fixtures/references/', import.meta.url);

export function fixtureBytes(path: string): Uint8Array {
  return new Uint8Array(readFileSync(new URL(path, FIXTURES)));
}

/** A UTF-8 fixture as the importer sees it: LF line ends, no BOM. */
export function fixtureText(path: string): string {
  return normalizeCaptureText(new TextDecoder().decode(fixtureBytes(path)));
}

/** Spans lie in the text, in order, without overlap, and each record's line is its span's first line. */
export function expectSpansHold(text: string, records: readonly CaptureRecord[]): void {
  let previousEnd = 0;
  for (const record of records) {
    expect(record.span.start).toBeGreaterThanOrEqual(previousEnd);
    expect(record.span.end).toBeGreaterThan(record.span.start);
    expect(record.span.end).toBeLessThanOrEqual(text.length);
    expect(record.line).toBe(lineAt(text, record.span.start));
    previousEnd = record.span.end;
  }
}

/** The text of each record's span. */
export function spanTexts(text: string, records: readonly CaptureRecord[]): string[] {
  return records.map((record) => text.slice(record.span.start, record.span.end));
}
