// The exports the desktop app keeps updated: what each writes, from which scope, to where, and
// how its last write went. One JSON row in the meta table.

import { useLiveQuery } from 'dexie-react-hooks';
import { db as appDb, type LecternDB } from '../schema/database';
import type { LiveScope } from '../export/scope';

export type LiveExportFormat = 'bibtex' | 'biblatex' | 'csl-json';

export interface LiveExport {
  /** Main's id for the file: the only way the page can write to it. */
  id: string;
  format: LiveExportFormat;
  scope: LiveScope;
  /** How Settings names the scope: "Whole library", "Tag theory/sgd", "Reading list Thesis". */
  scopeLabel: string;
  path: string;
  lastWrittenAt: number | null;
  /** Why the last write failed; null once a write succeeds. */
  error: string | null;
}

const KEY = 'setting:liveExports';
const FORMATS: readonly string[] = ['bibtex', 'biblatex', 'csl-json'];

function isLiveScope(value: unknown): value is LiveScope {
  if (typeof value !== 'object' || value === null) return false;
  const scope = value as Record<string, unknown>;
  if (scope['kind'] === 'library') return true;
  if (scope['kind'] === 'tag') return typeof scope['tagId'] === 'number';
  return scope['kind'] === 'list' && typeof scope['listId'] === 'number';
}

function isLiveExport(value: unknown): value is LiveExport {
  if (typeof value !== 'object' || value === null) return false;
  const row = value as Record<string, unknown>;
  return (
    typeof row['id'] === 'string' &&
    typeof row['format'] === 'string' &&
    FORMATS.includes(row['format']) &&
    isLiveScope(row['scope']) &&
    typeof row['scopeLabel'] === 'string' &&
    typeof row['path'] === 'string' &&
    (row['lastWrittenAt'] === null || typeof row['lastWrittenAt'] === 'number') &&
    (row['error'] === null || typeof row['error'] === 'string')
  );
}

function parse(value: unknown): LiveExport[] {
  if (typeof value !== 'string') return [];
  try {
    const parsed: unknown = JSON.parse(value);
    return Array.isArray(parsed) ? parsed.filter(isLiveExport) : [];
  } catch {
    return [];
  }
}

export async function getLiveExports(database: LecternDB = appDb): Promise<LiveExport[]> {
  return parse((await database.meta.get(KEY))?.value);
}

/** Read, change and write back in one transaction, so two updates never lose one another. */
function update(change: (list: LiveExport[]) => LiveExport[], database: LecternDB): Promise<void> {
  return database.transaction('rw', database.meta, async () => {
    const next = change(await getLiveExports(database));
    await database.meta.put({ key: KEY, value: JSON.stringify(next) });
  });
}

export function addLiveExport(entry: LiveExport, database: LecternDB = appDb): Promise<void> {
  return update((list) => [...list.filter((other) => other.id !== entry.id), entry], database);
}

export function removeLiveExport(id: string, database: LecternDB = appDb): Promise<void> {
  return update((list) => list.filter((entry) => entry.id !== id), database);
}

export function markLiveExportWritten(id: string, at: number, database: LecternDB = appDb): Promise<void> {
  return update((list) => list.map((entry) => (entry.id === id ? { ...entry, lastWrittenAt: at, error: null } : entry)), database);
}

export function markLiveExportFailed(id: string, error: string, database: LecternDB = appDb): Promise<void> {
  return update((list) => list.map((entry) => (entry.id === id ? { ...entry, error } : entry)), database);
}

/** The kept-updated exports, live; undefined while loading. */
export function useLiveExports(): LiveExport[] | undefined {
  return useLiveQuery(() => getLiveExports(), []);
}
