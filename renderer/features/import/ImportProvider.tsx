import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { importFiles } from '../../db/import/import';
import { ensureSeedsImported } from '../../db/import/seed';
import { getHost } from '../../host';
import type { ReadFile } from '../../host/types';
import { shareImportedFiles } from '../../sync/sync-launcher';
import { ImportContext, type FileReader, type ImportActivity, type ImportApi } from './import-context';

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Owns the one import pipeline every entry point shares (button, menu command, drop, first run).
 * Reading starts at once, so a file picker opens inside the user's click; storing runs one batch at a time.
 */
export function ImportProvider({ children }: { children: ReactNode }): ReactNode {
  const [activity, setActivity] = useState<ImportActivity>({ phase: 'idle' });
  const storing = useRef<Promise<unknown>>(Promise.resolve());
  const latest = useRef(activity);
  useEffect(() => {
    latest.current = activity;
  });

  const store = useCallback((files: ReadFile[]) => {
    const next = storing.current.then(async () => {
      setActivity({ phase: 'running', label: 'Saving to the library', progress: null });
      const summary = await importFiles(files, undefined, (written, total) =>
        setActivity({ phase: 'running', label: 'Saving to the library', progress: null, saved: { written, total } }),
      );
      // Sharing never fails the import: the file is in this library either way.
      shareImportedFiles(files).catch((error: unknown) => console.warn(`sync files: ${errorMessage(error)}`));
      return summary;
    });
    storing.current = next.catch(() => undefined);
    return next;
  }, []);

  const importFrom = useCallback(
    async (read: FileReader) => {
      const before = latest.current;
      setActivity({ phase: 'running', label: 'Reading files', progress: null });
      try {
        const files = await read((progress) =>
          setActivity({ phase: 'running', label: 'Reading files', progress }),
        );
        if (files.length === 0) {
          setActivity(before.phase === 'running' ? { phase: 'idle' } : before);
          return;
        }
        setActivity({ phase: 'done', summary: await store(files) });
      } catch (error) {
        setActivity({ phase: 'failed', message: `The import failed: ${errorMessage(error)}` });
      }
    },
    [store],
  );

  useFirstRunSeeds(setActivity);

  const dismiss = useCallback(() => setActivity({ phase: 'idle' }), []);
  const api = useMemo<ImportApi>(() => ({ activity, importFrom, dismiss }), [activity, importFrom, dismiss]);
  return <ImportContext value={api}>{children}</ImportContext>;
}

let firstRun: Promise<void> | null = null;

/** Imports the bundled seeds once per app start (StrictMode runs effects twice); quiet unless a file failed. */
function useFirstRunSeeds(setActivity: (activity: ImportActivity) => void): void {
  useEffect(() => {
    firstRun ??= (async () => {
      try {
        const summary = await ensureSeedsImported(() => {
          setActivity({ phase: 'running', label: 'Importing the bundled captures', progress: null });
          return getHost().readBundledSeeds((progress) =>
            setActivity({ phase: 'running', label: 'Importing the bundled captures', progress }),
          );
        });
        // The seeds' parser warnings are not news to a first-time user; a file that failed is.
        const failed = summary !== null && summary.errors.length > 0;
        setActivity(failed ? { phase: 'done', summary: { ...summary, warnings: [] } } : { phase: 'idle' });
      } catch (error) {
        setActivity({
          phase: 'failed',
          message: `The bundled captures could not be imported: ${errorMessage(error)}`,
        });
      }
    })();
  }, [setActivity]);
}
