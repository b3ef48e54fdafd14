import type { LecternDB } from '../schema/database';

/** A synced entity in one of the library's docs. */
export interface EntityRef {
  doc: string;
  kind: string;
  entity: string;
}

const PENDING_KEY = 'sync.pendingEntities';

function isEntityRef(value: unknown): value is EntityRef {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return typeof record['doc'] === 'string' && typeof record['kind'] === 'string' && typeof record['entity'] === 'string';
}

/**
 * Remote entities that wait for something they point at (an abstract this device has not imported yet). Saved in
 * the same transaction as the remote rows, so a reload knows what still waits without re-reading every doc.
 */
export async function savePendingEntities(database: LecternDB, refs: readonly EntityRef[]): Promise<void> {
  await database.meta.put({ key: PENDING_KEY, value: JSON.stringify(refs) });
}

export async function loadPendingEntities(database: LecternDB): Promise<EntityRef[]> {
  const stored = (await database.meta.get(PENDING_KEY))?.value;
  if (typeof stored !== 'string') return [];
  try {
    const parsed: unknown = JSON.parse(stored);
    return Array.isArray(parsed) ? parsed.filter(isEntityRef) : [];
  } catch {
    return [];
  }
}
