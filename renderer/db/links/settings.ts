import { db as appDb, type LecternDB } from '../schema/database';

/** Stored in the meta table beside the other settings (see settings.ts). */
const HIDE_IMPORT_LINKS_KEY = 'setting:hideImportLinks';

/** Whether the reader hides the "on the same page" links the import made. Shown by default. */
export async function queryHideImportLinks(database: LecternDB = appDb): Promise<boolean> {
  return (await database.meta.get(HIDE_IMPORT_LINKS_KEY))?.value === true;
}

export async function setHideImportLinks(hidden: boolean, database: LecternDB = appDb): Promise<void> {
  await database.meta.put({ key: HIDE_IMPORT_LINKS_KEY, value: hidden });
}
