import { noBibliographicFields } from '../../../../shared/capture/record';
import type { CaptureRecord, ReferenceFormat } from '../../../../shared/capture/types';
import { sha256Hex } from '../../../../shared/import/hash';
import { textPiecesOf } from '../../../../shared/import/text-pieces';
import type { ImportedFile } from '../../../../shared/import/types';

export type EntrySpec = Partial<Omit<CaptureRecord, 'role' | 'span' | 'line' | 'truncated'>>;

/**
 * A hand-built reference file as a parse worker hands it over: each entry a block of the file's
 * text (so spans and lines hold), its fields as the format reader would have read them.
 */
export async function referenceFile(fileName: string, specs: readonly EntrySpec[], layout: ReferenceFormat = 'bibtex'): Promise<ImportedFile> {
  let text = '';
  const records = specs.map((spec, index): CaptureRecord => {
    const start = text.length;
    const line = text.split('\n').length;
    text += `@article{entry${index},\n  title = {${spec.title ?? ''}},\n}\n\n`;
    return {
      ...noBibliographicFields(),
      title: null,
      authors: [],
      year: null,
      text: '',
      quote: null,
      views: null,
      field: null,
      language: null,
      ...spec,
      role: 'entry',
      truncated: false,
      span: { start, end: text.length - 2 },
      line,
    };
  });
  const bytes = new TextEncoder().encode(text);
  return {
    fileName,
    contentHash: await sha256Hex(bytes),
    byteLength: bytes.byteLength,
    parsed: { encoding: 'utf-8', layout, records, warnings: [], error: null },
    textPieces: textPiecesOf(text),
    displays: records.map((record) => ({ text: record.text, edits: [] })),
  };
}
