export { findDois, normalizeDoi } from './doi';
export { findArxivIds, normalizeArxiv } from './arxiv';
