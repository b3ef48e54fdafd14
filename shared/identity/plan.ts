import type {
  AbstractDraft,
  CandidateKeys,
  ExistingAbstract,
  ImportPlan,
  IncomingRecord,
  RecordOutcome,
} from '../import/plan-types';
import { fingerprintOfNormalized, prefixKeyOfNormalized } from './fingerprint';
import { buildIdentityGraph, type IdentityNode } from './identity-nodes';
import { buildMergedDraft, type ClusterContent } from './merge-draft';
import { findMergeTargets } from './merge-targets';
import { normalizeForIdentity } from './normalize';
import { compareIncoming, sourceKey, sourceOf } from './sources';

/**
 * The keys under which the library must look up existing abstracts before planning: identical texts
 * share a fingerprint, and a snippet shares its prefix key with the full text it belongs to.
 */
export function candidateKeys(incoming: IncomingRecord[]): CandidateKeys {
  const fingerprints = new Set<string>();
  const prefixKeys = new Set<string>();
  for (const { record } of incoming) {
    const keys = identityKeysOf(record.text);
    fingerprints.add(keys.fingerprint);
    prefixKeys.add(keys.prefixKey);
  }
  return { fingerprints: [...fingerprints].sort(), prefixKeys: [...prefixKeys].sort() };
}

/** A text's identity keys, as stored with an abstract. */
export function identityKeysOf(text: string): { fingerprint: string; prefixKey: string } {
  const normalized = normalizeForIdentity(text);
  return { fingerprint: fingerprintOfNormalized(normalized), prefixKey: prefixKeyOfNormalized(normalized) };
}

/**
 * Plans an import against the candidate abstracts the library holds (unrelated ones are ignored).
 * Identical texts are one abstract; a truncated snippet joins the fullest text it is a prefix of;
 * a record whose capture and span are already stored changes nothing. Pure and deterministic.
 */
export function planImport(existing: ExistingAbstract[], incoming: IncomingRecord[]): ImportPlan {
  const outcomes: RecordOutcome[] = incoming.map(() => 'unchanged');
  const fresh = recordsWithNewSources(existing, incoming);
  const { nodes, nodeOfRecord } = buildIdentityGraph(existing, incoming, fresh);
  const targets = findMergeTargets(nodes);

  const clusters = new Map<number, number[]>();
  nodes.forEach((_, nodeIndex) => {
    const target = targets[nodeIndex] ?? nodeIndex;
    const members = clusters.get(target);
    if (members) members.push(nodeIndex);
    else clusters.set(target, [nodeIndex]);
  });

  const creates: AbstractDraft[] = [];
  const updates: ImportPlan['updates'] = [];
  const planned = new Set<number>();
  for (const recordIndex of fresh) {
    const target = targets[nodeOfRecord.get(recordIndex) ?? -1];
    if (target === undefined || planned.has(target)) continue;
    planned.add(target);
    const memberNodes = (clusters.get(target) ?? []).flatMap((index) => nodes[index] ?? []);
    const targetNode = nodes[target];
    if (!targetNode) continue;
    const cluster = describeCluster(targetNode, memberNodes, incoming);
    const draft = buildMergedDraft(cluster);
    const clusterRecords = memberNodes.flatMap((node) => node.records).sort((a, b) => a - b);
    if (cluster.home) {
      updates.push({ id: cluster.home.id, after: draft });
      for (const index of clusterRecords) outcomes[index] = 'merged';
    } else {
      creates.push(draft);
      clusterRecords.forEach((index, position) => (outcomes[index] = position === 0 ? 'added' : 'merged'));
    }
  }
  return { creates, updates, outcomes, counts: countOutcomes(outcomes) };
}

/** Indices of records whose capture and span are stored nowhere yet, first occurrence only, in input order. */
function recordsWithNewSources(
  existing: readonly ExistingAbstract[],
  incoming: readonly IncomingRecord[],
): number[] {
  const seen = new Set(existing.flatMap((abstract) => abstract.sources.map(sourceKey)));
  const fresh: number[] = [];
  incoming.forEach((record, index) => {
    const key = sourceKey(sourceOf(record));
    if (seen.has(key)) return;
    seen.add(key);
    fresh.push(index);
  });
  return fresh;
}

function describeCluster(
  target: IdentityNode,
  members: readonly IdentityNode[],
  incoming: readonly IncomingRecord[],
): ClusterContent {
  const recordsOf = (node: IdentityNode): IncomingRecord[] =>
    node.records.flatMap((index) => incoming[index] ?? []).sort(compareIncoming);
  const home = pickHome(target, members);
  const byFullness = [...members].sort(
    (a, b) => Number(b === target) - Number(a === target) || b.normalized.length - a.normalized.length,
  );
  // Among copies of one normalised text, a complete one is fuller than a snippet cut just before its end.
  const fullest = recordsOf(target).sort((a, b) => Number(a.record.truncated) - Number(b.record.truncated));
  const homeIsAtTarget = home !== null && target.existing.includes(home);
  const completeArrives = fullest.some((record) => !record.record.truncated);
  return {
    home,
    homeHasFullestText: homeIsAtTarget && !(home.truncated && completeArrives),
    fullest,
    fullestTruncated: target.allTruncated,
    records: byFullness.flatMap(recordsOf),
  };
}

/** The stored abstract the cluster joins: the one holding the fullest text, else the fullest stored snippet. */
function pickHome(target: IdentityNode, members: readonly IdentityNode[]): ExistingAbstract | null {
  const byId = (a: ExistingAbstract, b: ExistingAbstract): number => a.id - b.id;
  const atTarget = [...target.existing].sort(byId)[0];
  if (atTarget) return atTarget;
  const snippets = [...members]
    .filter((node) => node.existing.length > 0)
    .sort((a, b) => b.normalized.length - a.normalized.length);
  return [...(snippets[0]?.existing ?? [])].sort(byId)[0] ?? null;
}

function countOutcomes(outcomes: readonly RecordOutcome[]): Record<RecordOutcome, number> {
  const counts: Record<RecordOutcome, number> = { added: 0, merged: 0, unchanged: 0 };
  for (const outcome of outcomes) counts[outcome] += 1;
  return counts;
}
