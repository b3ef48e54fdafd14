/**
 * Which IndexedDB database holds the library. A restore builds a new database beside the current
 * one and, once it is complete, makes it the active one here; the next start opens it. Kept in
 * localStorage because the name must be known synchronously, before the first query.
 */
const ACTIVE_KEY = 'lectern.database';
/** Databases replaced by a restore, deleted at the next start (their content is in a snapshot). */
const RETIRED_KEY = 'lectern.retiredDatabases';

export const DEFAULT_DATABASE_NAME = 'lectern';

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

export function activeDatabaseName(): string {
  return storage()?.getItem(ACTIVE_KEY) ?? DEFAULT_DATABASE_NAME;
}

/** Makes `name` the library from the next start on, and retires the current one. */
export function makeActiveDatabase(name: string): void {
  const store = storage();
  if (!store) throw new Error('This browser keeps no settings, so a restored library cannot be switched to.');
  const previous = activeDatabaseName();
  store.setItem(RETIRED_KEY, JSON.stringify([...retiredDatabaseNames().filter((retired) => retired !== name), previous]));
  store.setItem(ACTIVE_KEY, name);
}

export function retiredDatabaseNames(): string[] {
  try {
    const parsed: unknown = JSON.parse(storage()?.getItem(RETIRED_KEY) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter((name): name is string => typeof name === 'string') : [];
  } catch {
    return [];
  }
}

/** Forgets retired names once their databases are deleted. */
export function forgetRetiredDatabases(names: readonly string[]): void {
  const left = retiredDatabaseNames().filter((name) => !names.includes(name));
  storage()?.setItem(RETIRED_KEY, JSON.stringify(left));
}
