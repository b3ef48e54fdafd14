import { useLiveQuery } from 'dexie-react-hooks';
import { db as appDb, type LecternDB } from '../schema/database';

/** The app's colour theme: forced light or dark, or following the system's appearance. */
export type ThemeChoice = 'light' | 'dark' | 'system';

const THEME_KEY = 'setting:theme';

function asThemeChoice(value: unknown): ThemeChoice {
  return value === 'light' || value === 'dark' ? value : 'system';
}

export async function getThemeChoice(database: LecternDB = appDb): Promise<ThemeChoice> {
  return asThemeChoice((await database.meta.get(THEME_KEY))?.value);
}

export async function setThemeChoice(choice: ThemeChoice, database: LecternDB = appDb): Promise<void> {
  await database.meta.put({ key: THEME_KEY, value: choice });
}

/** The stored theme choice, live; undefined while loading. */
export function useThemeChoice(): ThemeChoice | undefined {
  return useLiveQuery(() => getThemeChoice(), []);
}
