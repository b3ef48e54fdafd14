import type { ExistingAbstract, IncomingRecord } from '../import/plan-types';
import { fingerprintOfNormalized } from './fingerprint';
import type { TextNode } from './merge-targets';
import { normalizeForIdentity } from './normalize';

/** Everything, existing or incoming, that has one normalised text. */
export interface IdentityNode extends TextNode {
  existing: ExistingAbstract[];
  /** Indices of incoming records with this text, in input order. */
  records: number[];
  /** True while every copy of this text, stored or incoming, is a truncated snippet. */
  allTruncated: boolean;
}

export interface IdentityGraph {
  nodes: IdentityNode[];
  /** Node index of each incoming record taking part (by incoming index). */
  nodeOfRecord: Map<number, number>;
}

/** Groups existing abstracts and the given incoming records by the fingerprint of their normalised text. */
export function buildIdentityGraph(
  existing: readonly ExistingAbstract[],
  incoming: readonly IncomingRecord[],
  taking: readonly number[],
): IdentityGraph {
  const nodes: IdentityNode[] = [];
  const nodeByFingerprint = new Map<string, number>();
  const nodeIndexFor = (text: string): number => {
    const normalized = normalizeForIdentity(text);
    const key = fingerprintOfNormalized(normalized);
    const known = nodeByFingerprint.get(key);
    if (known !== undefined) return known;
    nodes.push({ normalized, mayMergeIntoFuller: true, existing: [], records: [], allTruncated: true });
    nodeByFingerprint.set(key, nodes.length - 1);
    return nodes.length - 1;
  };

  for (const abstract of existing) {
    const node = nodes[nodeIndexFor(abstract.text)];
    if (!node) continue;
    node.existing.push(abstract);
    node.allTruncated &&= abstract.truncated;
  }
  const nodeOfRecord = new Map<number, number>();
  for (const recordIndex of taking) {
    const incomingRecord = incoming[recordIndex];
    if (!incomingRecord) continue;
    const nodeIndex = nodeIndexFor(incomingRecord.record.text);
    const node = nodes[nodeIndex];
    if (!node) continue;
    node.records.push(recordIndex);
    node.allTruncated &&= incomingRecord.record.truncated;
    nodeOfRecord.set(recordIndex, nodeIndex);
  }
  for (const node of nodes) node.mayMergeIntoFuller = node.allTruncated;
  return { nodes, nodeOfRecord };
}
