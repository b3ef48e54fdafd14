/** The graph's titles read so far, by abstract id. */
export interface LabelCache {
  /** The titles version they were read at (it goes up when a rename may have changed any). */
  version: number;
  titles: ReadonlyMap<number, string>;
}

/** How many more titles than drawn the cache may hold before it keeps only the drawn ones. */
const CACHE_SHARE = 4;

const NO_IDS: readonly number[] = [];

/** The drawn ids whose titles the cache lacks: every one after a rename (`version` moved on). */
export function titlesToRead(cache: LabelCache, version: number, ids: readonly number[]): readonly number[] {
  if (cache.version !== version) return ids;
  const absent = ids.filter((id) => !cache.titles.has(id));
  return absent.length === 0 ? NO_IDS : absent;
}

/**
 * The cache with the titles just `read` for the drawn `ids` at `version`. Titles from an older
 * version are dropped; past its share the cache keeps only the drawn abstracts' titles, so
 * browsing many filters does not hold every title of a large library.
 */
export function learnt(cache: LabelCache, version: number, ids: readonly number[], read: ReadonlyMap<number, string>): LabelCache {
  let same = true;
  for (const [id, title] of read) if (cache.titles.get(id) !== title) same = false;
  // The same titles keep the same map, so an edit that renamed nothing redraws nothing.
  if (same && cache.version === version) return cache;
  if (same && cache.titles.size === read.size) return { version, titles: cache.titles };
  if (cache.version !== version) return { version, titles: read };
  let kept: Iterable<readonly [number, string]> = cache.titles;
  if (cache.titles.size > CACHE_SHARE * Math.max(ids.length, 1)) {
    const drawn: [number, string][] = [];
    for (const id of ids) {
      const title = cache.titles.get(id);
      if (title !== undefined) drawn.push([id, title]);
    }
    kept = drawn;
  }
  return { version, titles: new Map([...kept, ...read]) };
}
