import { identityKeysOf } from '../../shared/identity';
import type { CandidateKeys, IncomingRecord } from '../../shared/import/plan-types';

/** Records keyed per task: normalising and hashing a thousand texts takes a few tens of milliseconds. */
const RECORDS_PER_SLICE = 1_000;

function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export interface IncomingKeys {
  /** The keys under which to look up stored abstracts (as candidateKeys gives them). */
  candidates: CandidateKeys;
  /** Each incoming record's prefix key, in order. */
  prefixKeys: string[];
}

/**
 * The incoming records' identity keys, a slice per task so the page keeps answering input during a
 * large import. Call it before the import's transaction: waiting on a timer inside one would let
 * IndexedDB commit it.
 */
export async function incomingKeysInSlices(incoming: readonly IncomingRecord[]): Promise<IncomingKeys> {
  const fingerprints = new Set<string>();
  const prefixKeys: string[] = [];
  for (let from = 0; from < incoming.length; from += RECORDS_PER_SLICE) {
    if (from > 0) await nextTask();
    for (const { record } of incoming.slice(from, from + RECORDS_PER_SLICE)) {
      const keys = identityKeysOf(record.text);
      fingerprints.add(keys.fingerprint);
      prefixKeys.push(keys.prefixKey);
    }
  }
  return { candidates: { fingerprints: [...fingerprints].sort(), prefixKeys: [...new Set(prefixKeys)].sort() }, prefixKeys };
}
