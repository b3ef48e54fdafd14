/**
 * The captures bundled with the web build. `no-inline` keeps small ones out of data: URLs, so
 * they are fetched from the app's own origin like any other asset.
 */
const seedUrls = import.meta.glob<string>('../../seeds/*.txt', { query: '?url&no-inline', import: 'default', eager: true });

export interface BundledSeed {
  fileName: string;
  url: string;
}

/** The bundled seeds, sorted by file name (the order of the first-run import). */
export const BUNDLED_SEEDS: readonly BundledSeed[] = Object.entries(seedUrls)
  .map(([path, url]) => ({ fileName: path.slice(path.lastIndexOf('/') + 1), url }))
  .sort((a, b) => (a.fileName < b.fileName ? -1 : a.fileName > b.fileName ? 1 : 0));
