import { annotationsCsv } from '../../../shared/export/annotations/csv';
import { annotationsJsonLdText } from '../../../shared/export/annotations/json-ld';
import { annotationsMarkdown } from '../../../shared/export/annotations/markdown';
import type { ExportFile } from '../../../shared/export/types';
import { vaultFiles } from '../../../shared/export/vault/build-vault';
import { zipVault } from '../../../shared/export/vault/zip-vault';
import { db as appDb, type LecternDB } from '../schema/database';
import { gatherLibraryExport, type ExportScope } from './vault-input';

export type AnnotationFormat = 'csv' | 'markdown' | 'jsonld';

/** The abstracts of `ids` (the library, or a view) as an Obsidian vault: a zip holding one folder named `vaultName`. */
export async function vaultExportFile(ids: readonly number[], scope: ExportScope, vaultName: string, database: LecternDB = appDb): Promise<ExportFile> {
  const input = await gatherLibraryExport(ids, scope, database);
  return { name: `${vaultName}.zip`, mime: 'application/zip', content: zipVault(vaultFiles(input), vaultName) };
}

const ANNOTATION_FILES: Record<AnnotationFormat, { extension: string; mime: string }> = {
  csv: { extension: 'csv', mime: 'text/csv' },
  markdown: { extension: 'md', mime: 'text/markdown' },
  jsonld: { extension: 'jsonld', mime: 'application/ld+json' },
};

/** The highlights and notes of the abstracts of `ids` in one file of the chosen format. */
export async function annotationsExportFile(
  ids: readonly number[],
  scope: ExportScope,
  format: AnnotationFormat,
  baseName: string,
  database: LecternDB = appDb,
): Promise<ExportFile> {
  const input = await gatherLibraryExport(ids, scope, database);
  const content = format === 'csv' ? annotationsCsv(input) : format === 'markdown' ? annotationsMarkdown(input) : annotationsJsonLdText(input);
  const { extension, mime } = ANNOTATION_FILES[format];
  return { name: `${baseName}.${extension}`, mime, content };
}
