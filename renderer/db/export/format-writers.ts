// Where each export format's writer comes from: the shared writers, and the gathering of
// highlights, notes, links and lists for the vault and the annotation exports.

import type { ExportEntry } from '../../../shared/export/types';
import type { LibraryExportInput } from '../../../shared/export/vault/types';
import type { ExportFormatId } from '../../../shared/export/formats';
import type { LecternDB } from '../schema/database';

export type EntryFormatId = Extract<ExportFormatId, 'bibtex' | 'biblatex' | 'csl-json' | 'ris'>;
export type AnnotationFormatId = Extract<ExportFormatId, 'annotations-csv' | 'annotations-jsonld' | 'annotations-markdown'>;

function notYet(what: string): never {
  throw new Error(`${what} export is not available in this build.`);
}

export const entryWriters: Record<EntryFormatId, (entries: readonly ExportEntry[]) => string> = {
  bibtex: () => notYet('BibTeX'),
  biblatex: () => notYet('BibLaTeX'),
  'csl-json': () => notYet('CSL-JSON'),
  ris: () => notYet('RIS'),
};

export const annotationWriters: Record<AnnotationFormatId, (input: LibraryExportInput) => string> = {
  'annotations-csv': () => notYet('Annotations (CSV)'),
  'annotations-jsonld': () => notYet('Annotations (JSON-LD)'),
  'annotations-markdown': () => notYet('Annotations (Markdown)'),
};

/** Everything the vault and the annotation exports read for the abstracts of `ids`. */
export function gatherLibraryInput(ids: readonly number[], database: LecternDB): Promise<LibraryExportInput> {
  void ids;
  void database;
  return Promise.reject(new Error('The vault export is not available in this build.'));
}

export function isEntryFormat(id: ExportFormatId): id is EntryFormatId {
  return id in entryWriters;
}
