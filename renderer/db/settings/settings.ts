// The settings domain owns the user's settings, one per row in the meta table, and the colour theme.

import { db as appDb, type LecternDB } from '../schema/database';
import type { Settings } from '../organize/types';

export const DEFAULT_SETTINGS: Settings = { markReadingOnOpen: false };

const KEY_PREFIX = 'setting:';

/** The user's settings, stored one per row in the meta table; a missing row means the default. */
export async function getSettings(database: LecternDB = appDb): Promise<Settings> {
  const stored = await database.meta.get(`${KEY_PREFIX}markReadingOnOpen`);
  return { markReadingOnOpen: typeof stored?.value === 'boolean' ? stored.value : DEFAULT_SETTINGS.markReadingOnOpen };
}

export async function setSetting<K extends keyof Settings>(key: K, value: Settings[K], database: LecternDB = appDb): Promise<void> {
  await database.meta.put({ key: `${KEY_PREFIX}${key}`, value });
}
