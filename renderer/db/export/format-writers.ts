// Each export format's writer: the shared writers over the records, and over everything
// gathered for the vault and the annotation exports.

import { annotationsCsv } from '../../../shared/export/annotations/csv';
import { annotationsJsonLdText } from '../../../shared/export/annotations/json-ld';
import { annotationsMarkdown } from '../../../shared/export/annotations/markdown';
import { writeBibtex } from '../../../shared/export/bibtex/write-bibtex';
import { writeCslJson } from '../../../shared/export/csl-json/write-csl-json';
import type { ExportFormatId } from '../../../shared/export/formats';
import { writeRis } from '../../../shared/export/ris/write-ris';
import type { ExportEntry } from '../../../shared/export/types';
import type { LibraryExportInput } from '../../../shared/export/vault/types';

export type EntryFormatId = Extract<ExportFormatId, 'bibtex' | 'biblatex' | 'csl-json' | 'ris'>;
export type AnnotationFormatId = Extract<ExportFormatId, 'annotations-csv' | 'annotations-jsonld' | 'annotations-markdown'>;

export const entryWriters: Record<EntryFormatId, (entries: readonly ExportEntry[]) => string> = {
  bibtex: (entries) => writeBibtex(entries, 'bibtex'),
  biblatex: (entries) => writeBibtex(entries, 'biblatex'),
  'csl-json': writeCslJson,
  ris: writeRis,
};

export const annotationWriters: Record<AnnotationFormatId, (input: LibraryExportInput) => string> = {
  'annotations-csv': annotationsCsv,
  'annotations-jsonld': (input) => annotationsJsonLdText(input),
  'annotations-markdown': (input) => annotationsMarkdown(input),
};

export function isEntryFormat(id: ExportFormatId): id is EntryFormatId {
  return id in entryWriters;
}
