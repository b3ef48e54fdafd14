import { expect } from 'vitest';
import type { CaptureRecord } from '../../../../shared/capture/types';
import { parseBibtex } from '../../../../shared/references/bibtex';

/** The one record a single-entry file gives, failing the test when there is not exactly one or a warning. */
export function readOne(source: string): CaptureRecord {
  const result = parseBibtex(source);
  expect(result.warnings).toEqual([]);
  expect(result.records).toHaveLength(1);
  const [record] = result.records;
  if (record === undefined) throw new Error('no record');
  return record;
}
