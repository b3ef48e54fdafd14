import type { CaptureLayout, ReferenceFormat } from '../capture/types';

const REFERENCE_FORMATS: ReadonlySet<string> = new Set<ReferenceFormat>(['bibtex', 'ris', 'csl-json', 'csv']);

/** True for a file read as a reference-manager format rather than as a web-page capture. */
export function isReferenceLayout(layout: CaptureLayout): layout is ReferenceFormat {
  return REFERENCE_FORMATS.has(layout);
}
