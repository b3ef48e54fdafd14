import type { IncomingRecord } from '../import/plan-types';
import type { SourceRef } from '../import/types';

/** One capture and span; a record imported twice from the same capture has the same key. */
export function sourceKey(source: SourceRef): string {
  return `${source.captureHash}:${source.start}:${source.end}`;
}

export function sourceOf(incoming: IncomingRecord): SourceRef {
  const { record } = incoming;
  return {
    captureHash: incoming.captureHash,
    role: record.role,
    start: record.span.start,
    end: record.span.end,
  };
}

export function compareSources(a: SourceRef, b: SourceRef): number {
  if (a.captureHash !== b.captureHash) return a.captureHash < b.captureHash ? -1 : 1;
  return a.start - b.start || a.end - b.end;
}

/** Deterministic order of incoming records, independent of the order files were offered in. */
export function compareIncoming(a: IncomingRecord, b: IncomingRecord): number {
  return compareSources(sourceOf(a), sourceOf(b)) || a.index - b.index;
}
