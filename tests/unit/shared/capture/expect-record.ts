import { expect } from 'vitest';
import type { CaptureRecord, ParsedCapture } from '../../../../shared/capture/types';

/** What a test states about one record, written by reading the capture. */
export interface ExpectedRecord {
  role: CaptureRecord['role'];
  title?: string | null;
  authors?: string[];
  year?: number | null;
  starts: string;
  ends: string;
  truncated: boolean;
  views?: number | null;
  field?: string | null;
  language?: string | null;
  quote?: string | null;
}

export function expectRecord(record: CaptureRecord | undefined, expected: ExpectedRecord): void {
  expect(record).toBeDefined();
  if (record === undefined) return;
  expect(record.role).toBe(expected.role);
  expect(record.title).toBe(expected.title ?? null);
  expect(record.authors).toEqual(expected.authors ?? []);
  expect(record.year).toBe(expected.year ?? null);
  expect(
    record.text.startsWith(expected.starts),
    `starts with “${expected.starts}”, got “${record.text.slice(0, 60)}”`,
  ).toBe(true);
  expect(
    record.text.endsWith(expected.ends),
    `ends with “${expected.ends}”, got “${record.text.slice(-60)}”`,
  ).toBe(true);
  expect(record.truncated).toBe(expected.truncated);
  expect(record.views).toBe(expected.views ?? null);
  expect(record.field).toBe(expected.field ?? null);
  expect(record.language).toBe(expected.language ?? null);
  if (expected.quote !== undefined) expect(record.quote).toBe(expected.quote);
  else expect(record.quote).toBeNull();
}

export function expectRecords(parsed: ParsedCapture, expected: ExpectedRecord[]): void {
  expect(parsed.error).toBeNull();
  expect(parsed.records).toHaveLength(expected.length);
  expected.forEach((want, i) => expectRecord(parsed.records[i], want));
  expectSpansHold(parsed);
}

/** Every record is exactly the text at its span, and records come in document order without overlapping. */
export function expectSpansHold(parsed: ParsedCapture): void {
  let previousEnd = 0;
  for (const record of parsed.records) {
    expect(record.span.start).toBeGreaterThanOrEqual(previousEnd);
    expect(record.span.end).toBeGreaterThan(record.span.start);
    expect(parsed.text.slice(record.span.start, record.span.end)).toBe(record.text);
    previousEnd = record.span.end;
  }
}

const ARABIC = /[\u0600-\u06ff\ufb50-\ufdff\ufe70-\ufefc]/u;

/** No interface line leaks into an English record's text or title. */
export function expectNoArabicChrome(parsed: ParsedCapture): void {
  for (const record of parsed.records.filter((r) => r.language !== 'Arabic')) {
    expect(record.text).not.toMatch(ARABIC);
    expect(record.title ?? '').not.toMatch(ARABIC);
  }
}
