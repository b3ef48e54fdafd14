import { exportFileName, exportFormat, type ExportFormatId } from '../../../shared/export/formats';
import { buildExport, entryFormatText, type ExportProgress } from '../../db/export/build-export';
import { liveScopeOf, resolveScopeIds, type ScopeChoice } from '../../db/export/scope';
import { addLiveExport, type LiveExportFormat } from '../../db/settings/live-exports';
import type { Host } from '../../host/types';

export interface ExportRequest {
  format: ExportFormatId;
  choice: ScopeChoice;
  keepUpdated: boolean;
}

export interface RunContext {
  host: Host;
  onProgress: (progress: ExportProgress) => void;
  signal: AbortSignal;
  now?: Date;
}

/** A format the desktop app can keep updated. */
export function isLiveFormat(format: ExportFormatId): format is LiveExportFormat {
  return exportFormat(format).canKeepUpdated;
}

/** Whether "Keep updated" applies: a .bib or .json format, and a library, tag or list scope. */
export function canKeepUpdated(format: ExportFormatId, choice: ScopeChoice | undefined): boolean {
  return isLiveFormat(format) && choice !== undefined && liveScopeOf(choice.scope) !== null;
}

function scopeLabelOf(choice: ScopeChoice): string {
  switch (choice.scope.kind) {
    case 'library':
      return 'Whole library';
    case 'list':
      return `Reading list ${choice.scope.name}`;
    case 'view':
      return choice.scope.title;
    case 'selection':
      return 'Selection';
  }
}

/**
 * Runs the export the dialog asked for and saves it through the host. Resolves false when the
 * user cancelled the Save dialog: then nothing was written.
 */
export async function runExport({ format, choice, keepUpdated }: ExportRequest, { host, onProgress, signal, now = new Date() }: RunContext): Promise<boolean> {
  const { extension } = exportFormat(format);
  const fileName = exportFileName(choice.slug, now, extension);
  const baseName = fileName.slice(0, -(extension.length + 1));
  const ids = await resolveScopeIds(choice.scope);
  const live = liveScopeOf(choice.scope);
  if (keepUpdated && host.liveExports && live && isLiveFormat(format)) {
    const target = await host.liveExports.choose(fileName);
    if (target === null) return false;
    const text = await entryFormatText(format, ids, { baseName, onProgress, signal });
    const writtenAt = await host.liveExports.write(target.id, text);
    await addLiveExport({ id: target.id, format, scope: live, scopeLabel: scopeLabelOf(choice), path: target.path, lastWrittenAt: writtenAt, error: null });
    return true;
  }
  const wholeLibrary = choice.scope.kind === 'library' || (choice.scope.kind === 'view' && choice.scope.live?.kind === 'library');
  const output = await buildExport(format, ids, { baseName, onProgress, signal, wholeLibrary });
  signal.throwIfAborted();
  return host.saveExportFile(output);
}
