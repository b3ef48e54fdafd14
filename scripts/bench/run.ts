// `npm run bench`: real headless Chromium, real IndexedDB, deterministic synthetic libraries.
// Usage: npm run bench [-- --sizes 10000,100000]
import { buildPages, startServer, stopServer } from './browser';
import { importAndStartRows } from './import-and-start';
import { organizeRows } from './organize';
import { printTable, writeJson, type BenchRow } from './report';

function sizesFromArgs(argv: string[]): number[] {
  const flag = argv.indexOf('--sizes');
  const value = flag >= 0 ? argv[flag + 1] : undefined;
  const sizes = (value ?? '10000,100000').split(',').map(Number);
  if (sizes.some((size) => !Number.isInteger(size) || size <= 0)) throw new Error(`Bad --sizes: ${value}`);
  return sizes;
}

async function main(): Promise<void> {
  const sizes = sizesFromArgs(process.argv.slice(2));
  buildPages();
  const server = await startServer();
  const rows: BenchRow[] = [];
  try {
    for (const size of sizes) rows.push(...(await importAndStartRows(size, (profile) => organizeRows(profile, size))));
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
