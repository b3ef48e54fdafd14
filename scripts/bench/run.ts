// `npm run bench`: real headless Chromium, real IndexedDB, deterministic synthetic libraries.
// Usage: npm run bench [-- --sizes 10000,100000] [--only graph|graph-library|search|scroll|organize|backup|export|import|start|responsive-import|responsive-bibtex|bibtex|screening|pickers|sync]
import { backupRows } from './backup';
import { exportRows } from './export';
import { buildPages, startServer, stopServer } from './browser';
import { graphLibraryRows, graphRows, graphRowsAlone } from './graph';
import { pickerRows } from './pickers';
import { importAndStartRows } from './import-and-start';
import { organizeRows } from './organize';
import { printTable, writeJson, type BenchRow } from './report';
import { responsiveBibtexImportRows, responsiveImportRows } from './responsive-import';
import { bibtexImportRows } from './bibtex-import';
import { scrollRows } from './scroll';
import { screeningRows } from './screening';
import { searchRows } from './search';
import { syncRows } from './sync';
import { heapRows } from './start';

function sizesFromArgs(argv: string[]): number[] {
  const flag = argv.indexOf('--sizes');
  const value = flag >= 0 ? argv[flag + 1] : undefined;
  const sizes = (value ?? '10000,100000').split(',').map(Number);
  if (sizes.some((size) => !Number.isInteger(size) || size <= 0)) throw new Error(`Bad --sizes: ${value}`);
  return sizes;
}

/**
 * `--only graph` runs the graph renderer rows alone, without importing a library; `--only graph-library` imports,
 * then times the app's graph view over the library (first frame, filters, heap); `--only search` imports, then runs
 * search rows only; `--only scroll`, `--only organize` and `--only backup` likewise run the list-scrolling, the
 * bulk-action and tag-filter, or the backup and restore rows only; `--only bibtex` imports a 10k-entry BibTeX file against raw
 * bulkAdd and a ~50 MB one through the app; `--only import` runs the import and cold-start rows
 * alone, `--only start` those and the JS heap after a cold start and after opening each view, and `--only responsive-import` the longest task and input delay while one ~30 MB capture is imported through
 * the app (`--only responsive-bibtex` the same for the ~50 MB BibTeX file alone). `--only export` times exporting the library to BibTeX and to an Obsidian vault. `--only screening` times
 * retraining and ranking a review of the library in the ranking worker. `--only pickers` times the title index the pickers ask.
 * `--only sync` runs a sync server and two browser profiles: the initial sync of the library's user layer, the edit-to-visible
 * latency between the devices, and the server's memory.
 */
const ONLY_VALUES = ['graph', 'graph-library', 'search', 'scroll', 'organize', 'backup', 'export', 'import', 'start', 'responsive-import', 'responsive-bibtex', 'bibtex', 'screening', 'pickers', 'sync'] as const;
type Only = (typeof ONLY_VALUES)[number];

function onlyFromArgs(argv: string[]): Only | null {
  const flag = argv.indexOf('--only');
  if (flag < 0) return null;
  const value = ONLY_VALUES.find((only) => only === argv[flag + 1]);
  if (value === undefined) throw new Error(`Bad --only: ${argv[flag + 1]} (one of ${ONLY_VALUES.join(', ')})`);
  return value;
}

/** The BibTeX figure is for one file of this many entries, whatever library sizes run. */
const BIBTEX_SIZE = 10_000;

async function main(): Promise<void> {
  const sizes = sizesFromArgs(process.argv.slice(2));
  const only = onlyFromArgs(process.argv.slice(2));
  buildPages();
  const server = await startServer();
  const rows: BenchRow[] = [];
  try {
    if (only === 'graph') rows.push(...(await graphRowsAlone()));
    else if (only === 'responsive-import') rows.push(...(await responsiveImportRows()));
    else if (only === 'responsive-bibtex') rows.push(...(await responsiveBibtexImportRows()));
    else if (only === 'bibtex') rows.push(...(await bibtexImportRows(BIBTEX_SIZE)), ...(await responsiveBibtexImportRows()));
    else {
      for (const size of sizes) {
        const inLibrary = async (profile: string): Promise<BenchRow[]> =>
          only === 'import'
            ? []
            : only === 'graph-library'
            ? graphLibraryRows(profile, size)
            : only === 'start'
            ? heapRows(profile, size)
            : only === 'search'
            ? searchRows(profile, size)
            : only === 'scroll'
              ? scrollRows(profile, size)
              : only === 'organize'
                ? organizeRows(profile, size)
                : only === 'backup'
                  ? backupRows(profile, size)
                  : only === 'export'
                    ? exportRows(profile, size)
                    : only === 'screening'
                      ? screeningRows(profile, size)
                      : only === 'pickers'
                        ? pickerRows(profile, size)
                        : only === 'sync'
                          ? syncRows(profile, size)
                      : [
                      ...(await searchRows(profile, size)),
                      ...(await scrollRows(profile, size)),
                      ...(await organizeRows(profile, size)),
                      ...(await graphRows(profile, size)),
                      ...(await heapRows(profile, size)),
                      ...(await backupRows(profile, size)),
                      ...(await screeningRows(profile, size)),
                      ...(await pickerRows(profile, size)),
                      ...(await syncRows(profile, size)),
                      // Last: it adds highlights, notes and links to the library.
                      ...(await exportRows(profile, size)),
                    ];
        rows.push(...(await importAndStartRows(size, inLibrary)));
      }
      if (only === null) rows.push(...(await responsiveImportRows()), ...(await bibtexImportRows(BIBTEX_SIZE)), ...(await responsiveBibtexImportRows()));
    }
  } finally {
    stopServer(server);
  }
  printTable(rows);
  const file = writeJson(rows, { date: new Date().toISOString(), sizes });
  console.log(`\nWritten to ${file}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
