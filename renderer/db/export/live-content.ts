// The content of a kept-updated export, recomputed whenever anything it reads changes: the
// scope's ids, those abstracts' rows and tag assignments, and the tags' paths.

import { liveQuery } from 'dexie';
import type { ExportEntry } from '../../../shared/export/types';
import { db as appDb, type LecternDB } from '../schema/database';
import { exportEntries } from './entries';
import { liveScopeIds, type LiveScope } from './scope';

export interface LiveContentObserver {
  next: (text: string) => void;
  error: (error: unknown) => void;
}

/** Calls `observer.next` with the file's text now and after every change that affects it. */
export function observeLiveContent(
  scope: LiveScope,
  render: (entries: readonly ExportEntry[]) => string,
  observer: LiveContentObserver,
  database: LecternDB = appDb,
): () => void {
  const subscription = liveQuery(async () => render(await exportEntries(await liveScopeIds(scope, database), database))).subscribe(observer);
  return () => subscription.unsubscribe();
}
