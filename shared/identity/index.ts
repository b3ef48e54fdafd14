export { normalizeForIdentity } from './normalize';
export { fingerprint, prefixKey } from './fingerprint';
export { MIN_PREFIX_MERGE_LENGTH } from './merge-targets';
export { candidateKeys, identityKeysOf, planImport } from './plan';
export { planInBatches, type BatchedPlanning, type PlanBatch } from './plan-batches';
