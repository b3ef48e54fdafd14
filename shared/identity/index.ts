export { normalizeForIdentity } from './normalize';
export { fingerprint, MIN_PREFIX_MERGE_LENGTH, prefixKey } from './fingerprint';
export { candidateKeys, identityKeysOf, planImport } from './plan';
export { planInBatches, type BatchedPlanning, type PlanBatch } from './plan-batches';
