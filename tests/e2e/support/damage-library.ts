import type { Page } from '@playwright/test';

/** Runs in the page: resolves the result of an IndexedDB request. */
const DONE = `(request) => new Promise((resolve, reject) => {
  request.onsuccess = () => resolve(request.result);
  request.onerror = () => reject(request.error);
})`;

/**
 * Runs in the page (plain source: tests/e2e has no DOM types). Writes rows that point at an abstract,
 * a tag and a list that do not exist, straight into IndexedDB, as a crash between two writes would
 * leave them; the app is not told.
 */
const LEAVE_ORPHANS = `async () => {
  const done = ${DONE};
  const gone = 999999;
  const uid = () => crypto.randomUUID().replaceAll('-', '');
  const database = await done(indexedDB.open('lectern'));
  const tx = database.transaction(['abstractTags', 'annotations', 'listItems', 'links'], 'readwrite');
  for (const tagId of [1, 2, 3]) tx.objectStore('abstractTags').put({ abstractId: gone, tagId });
  tx.objectStore('annotations').add({
    uid: uid(),
    abstractId: gone,
    selectors: { quote: { type: 'TextQuoteSelector', exact: 'lost', prefix: '', suffix: '' }, position: { type: 'TextPositionSelector', start: 0, end: 4 } },
    color: 'yellow',
    comment: { json: null, text: 'a comment nobody can reach' },
    state: 'anchored',
    confidence: 1,
    createdAt: 1,
    updatedAt: 1,
  });
  for (const id of [90001, 90002]) tx.objectStore('listItems').put({ id, uid: uid(), listId: gone, abstractId: gone, order: 'a' + id, note: '' });
  tx.objectStore('links').add({ uid: uid(), fromId: null, toId: gone, type: 'related', origin: 'user', noteId: null, annotationId: null, note: '', context: null, createdAt: 1 });
  await new Promise((resolve, reject) => { tx.oncomplete = resolve; tx.onerror = () => reject(tx.error); });
  database.close();
}`;

/** Leaves 3 tag assignments, 1 highlight, 2 reading list entries and 1 link without their abstract. */
export async function leaveOrphans(page: Page): Promise<void> {
  await page.evaluate(`(${LEAVE_ORPHANS})()`);
}

/** Whether the search worker has saved the whole index: its meta row is there and no changes wait for the next save. */
export async function searchIndexSaved(page: Page): Promise<boolean> {
  return page.evaluate(`(async () => {
  const done = ${DONE};
  const database = await done(indexedDB.open('lectern'));
  const store = database.transaction('searchIndex').objectStore('searchIndex');
  const [meta, pending] = [await done(store.get('meta')), await done(store.get('pending'))];
  database.close();
  return meta !== undefined && pending === undefined;
})()`);
}

/** Deletes the saved search index's meta row, as a crash in the middle of a save could; the worker is not told. */
export async function dropSearchIndexMeta(page: Page): Promise<void> {
  await page.evaluate(`(async () => {
  const done = ${DONE};
  const database = await done(indexedDB.open('lectern'));
  await done(database.transaction('searchIndex', 'readwrite').objectStore('searchIndex').delete('meta'));
  database.close();
})()`);
}
