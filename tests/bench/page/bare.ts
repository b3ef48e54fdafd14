import Dexie from 'dexie';

/**
 * The cold-start baseline: a page with nothing but Dexie that opens the app's database and reads
 * the newest 50 abstracts (newest by the keys table's createdAt index, as the app does). It publishes
 * the time since navigation start at which the rows were in hand.
 */
async function readNewestRows(): Promise<number> {
  const bare = new Dexie('lectern');
  await bare.open();
  const ids = await bare.table('abstractKeys').orderBy('createdAt').reverse().limit(50).primaryKeys();
  // Whole rows, as the list shows them: each abstract's row and its text (a separate table since version 7).
  const [rows] = await Promise.all([bare.table('abstracts').bulkGet(ids), bare.table('abstractTexts').bulkGet(ids)]);
  if (rows.length === 0) throw new Error('The bench database is empty');
  const at = performance.now();
  bare.close();
  return at;
}

declare global {
  interface Window {
    bareFirstRows?: Promise<number>;
  }
}

window.bareFirstRows = readNewestRows();
