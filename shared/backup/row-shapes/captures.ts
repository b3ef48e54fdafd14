import type { CaptureEncoding, CaptureLayout } from '../../capture/types';
import { strings } from './abstracts';
import { objectOf, oneOf, text, wholeNumber, type Check, type Fields } from './checks';

const ENCODINGS: Record<CaptureEncoding, true> = { 'utf-8': true, 'utf-8-bom': true, 'utf-16le': true, 'utf-16be': true, 'windows-1256': true };
const LAYOUTS: Record<CaptureLayout, true> = { portal: true, blog: true, unknown: true };

const CAPTURE_FIELDS: Fields = {
  hash: text,
  fileName: text,
  encoding: oneOf(ENCODINGS),
  layout: oneOf(LAYOUTS),
  warnings: strings,
  recordCount: wholeNumber,
  importedAt: wholeNumber,
};

/** Before version 10 a capture's row held its whole decoded text; since, captureTexts holds it in pieces. */
function captureRow(version: number): Check {
  return objectOf(version < 10 ? { ...CAPTURE_FIELDS, text } : CAPTURE_FIELDS);
}

export const CAPTURE_SHAPES: Readonly<Record<string, (version: number) => Check>> = {
  captures: captureRow,
  captureTexts: () => objectOf({ hash: text, index: wholeNumber, text }),
};
