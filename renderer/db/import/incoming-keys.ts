import { identityKeysOf } from '../../../shared/identity';
import { entryKeysOf, type EntryKeys, type ReferenceKeys } from '../../../shared/identity/reference-plan';
import { ReferenceKeySets } from '../../../shared/identity/reference-key-sets';
import type { CandidateKeys, IncomingRecord } from '../../../shared/import/plan-types';
import { STEP_BUDGET_MS } from './in-chunks';

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
  let stepStarted = performance.now();
  for (const { record } of incoming) {
    if (performance.now() - stepStarted > STEP_BUDGET_MS) {
      await nextTask();
      stepStarted = performance.now();
    }
    const keys = identityKeysOf(record.text);
    fingerprints.add(keys.fingerprint);
    prefixKeys.push(keys.prefixKey);
  }
  return { candidates: { fingerprints: [...fingerprints].sort(), prefixKeys: [...new Set(prefixKeys)].sort() }, prefixKeys };
}

/** What the planning of reference entries needs of them, worked out before the import's transaction. */
export interface EntryLookups {
  /** Each entry's normalised text and keys, in order. */
  keys: EntryKeys[];
  /** The keys under which to look up the stored abstracts they may join. */
  candidates: ReferenceKeys;
}

/** Each reference entry's normalised text, title key and lookup keys, a slice per task, before the import's transaction. */
export async function entryKeysInSlices(entries: readonly IncomingRecord[]): Promise<EntryLookups> {
  const keys: EntryKeys[] = [];
  const candidates = new ReferenceKeySets();
  let stepStarted = performance.now();
  for (const entry of entries) {
    if (performance.now() - stepStarted > STEP_BUDGET_MS) {
      await nextTask();
      stepStarted = performance.now();
    }
    const entryKeys = entryKeysOf(entry);
    keys.push(entryKeys);
    candidates.add(entry.record, entryKeys);
  }
  return { keys, candidates: candidates.keys() };
}
