export * from './types';
export { CONTEXT_LENGTH, describeRange } from './describe';
export { anchor, maxQuoteErrors, DISTINCTIVE_QUOTE_LENGTH, MIN_CONTEXT_SIMILARITY, MIN_FUZZY_SCORE, MIN_FUZZY_QUOTE_LENGTH } from './anchor';
export { editDistance } from '../text/edit-distance';
export { similarity } from './similarity';
export * from './web-annotation-types';
export { abstractUrn, exportAbstractAnnotations, fromWebAnnotation, noteToWebAnnotation, toWebAnnotation } from './web-annotation';
