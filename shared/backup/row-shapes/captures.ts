import type { CaptureEncoding, CaptureLayout } from '../../capture/types';
import { strings } from './abstracts';
import { objectOf, oneOf, text, wholeNumber, type Check, type Fields } from './checks';

const ENCODINGS: Record<CaptureEncoding, true> = { 'utf-8': true, 'utf-8-bom': true, 'utf-16le': true, 'utf-16be': true, 'windows-1256': true, 'windows-1252': true };
const LAYOUTS: Record<CaptureLayout, true> = { portal: true, blog: true, unknown: true, bibtex: true, ris: true, 'csl-json': true, csv: true };
/** Reference files, and Windows-1252 for old ones, arrived in version 11. */
const ENCODINGS_BEFORE_11: Readonly<Record<string, true>> = { 'utf-8': true, 'utf-8-bom': true, 'utf-16le': true, 'utf-16be': true, 'windows-1256': true };
const LAYOUTS_BEFORE_11: Readonly<Record<string, true>> = { portal: true, blog: true, unknown: true };

function captureFields(version: number): Fields {
  return {
    hash: text,
    fileName: text,
    encoding: oneOf(version >= 11 ? ENCODINGS : ENCODINGS_BEFORE_11),
    layout: oneOf(version >= 11 ? LAYOUTS : LAYOUTS_BEFORE_11),
    warnings: strings,
    recordCount: wholeNumber,
    importedAt: wholeNumber,
  };
}

/** Before version 10 a capture's row held its whole decoded text; since, captureTexts holds it in pieces. */
function captureRow(version: number): Check {
  const fields = captureFields(version);
  return objectOf(version < 10 ? { ...fields, text } : fields);
}

export const CAPTURE_SHAPES: Readonly<Record<string, (version: number) => Check>> = {
  captures: captureRow,
  captureTexts: () => objectOf({ hash: text, index: wholeNumber, text }),
};
