import { createContext, useContext } from 'react';
import type { ImportSummary } from '../../db/schema/row-types';
import type { ProgressListener, ReadFile } from '../../host/types';
import type { ImportProgress } from '../../../shared/import/types';

export type ImportActivity =
  | { phase: 'idle' }
  | { phase: 'running'; label: string; progress: ImportProgress | null; saved?: SavedCount }
  | { phase: 'done'; summary: ImportSummary }
  | { phase: 'failed'; message: string };

/** Abstracts written so far while an import is saved, of how many. */
export interface SavedCount {
  written: number;
  total: number;
}

/** Reads files through the host (picker, drop, bundled seeds), reporting progress as it goes. */
export type FileReader = (onProgress: ProgressListener) => Promise<ReadFile[]>;

export interface ImportApi {
  activity: ImportActivity;
  /** Reads files, then stores them; an empty read (a cancelled picker) changes nothing. */
  importFrom: (read: FileReader) => Promise<void>;
  /** Clears the last result from view. */
  dismiss: () => void;
}

export const ImportContext = createContext<ImportApi | null>(null);

export function useImport(): ImportApi {
  const api = useContext(ImportContext);
  if (!api) throw new Error('useImport must be used inside <ImportProvider>.');
  return api;
}

export function useImportActivity(): ImportActivity {
  return useImport().activity;
}
