import type { Page } from '@playwright/test';

/** A device's user layer keyed by stable uids (local numeric ids differ between devices), sorted for comparing. */
export interface UserLayer {
  abstracts: string[];
  tags: string[];
  tagged: string[];
  annotations: string[];
  notes: string[];
  links: string[];
  lists: string[];
  listItems: string[];
}

/**
 * Reads the app's IndexedDB directly (read-only) and describes every synced table by uid, so two devices' libraries
 * can be compared table for table. Plain JavaScript run in the page (the tests' TypeScript has no DOM types).
 */
const USER_LAYER_SCRIPT = `(async () => {
  const database = await new Promise((resolve, reject) => {
    const request = indexedDB.open('lectern');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const all = (name) => new Promise((resolve, reject) => {
    const request = database.transaction(name).objectStore(name).getAll();
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const uidBy = (rows) => new Map(rows.map((row) => [row.id, String(row.uid)]));
  const abstracts = await all('abstracts');
  const abstractUid = uidBy(abstracts);
  const tags = await all('tags');
  const tagUid = uidBy(tags);
  const lists = await all('lists');
  const listUid = uidBy(lists);
  const of = (map, key) => map.get(key) ?? '?';
  const sorted = (values) => values.sort();
  const layer = {
    abstracts: sorted(abstracts.map((row) => [row.uid, row.status, row.starred === 1 ? 'starred' : '', row.title].join(' '))),
    tags: sorted(tags.map((row) => [row.uid, row.path, row.color].join(' '))),
    tagged: sorted((await all('abstractTags')).map((row) => of(abstractUid, row.abstractId) + ' ' + of(tagUid, row.tagId))),
    annotations: sorted((await all('annotations')).map((row) => [row.uid, of(abstractUid, row.abstractId), row.color, JSON.stringify(row.selectors)].join(' '))),
    notes: sorted((await all('notes')).map((row) => [row.uid, row.abstractId === null ? '-' : of(abstractUid, row.abstractId), row.text].join(' '))),
    links: sorted((await all('links')).filter((row) => row.origin !== 'import').map((row) => [of(abstractUid, row.fromId), of(abstractUid, row.toId), row.type].join(' '))),
    lists: sorted(lists.map((row) => row.uid + ' ' + row.name)),
    listItems: sorted((await all('listItems')).map((row) => [row.uid, of(listUid, row.listId), of(abstractUid, row.abstractId), row.order].join(' '))),
  };
  database.close();
  return layer;
})()`;

export function userLayerOf(page: Page): Promise<UserLayer> {
  return page.evaluate<UserLayer>(USER_LAYER_SCRIPT);
}
