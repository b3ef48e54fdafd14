// Runs a TypeScript CLI as an ES module: `node scripts/cli/run-as-esm.mjs scripts/parse.ts ARGS…`.
// The BibTeX parser ships a CommonJS build that Node cannot load (its package is marked as an ES
// module), and tsx would load our sources, and so that build, as CommonJS.
import { mkdirSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { bundleAsEsm } from './esm-bundle.mjs';

const [entry, ...args] = process.argv.slice(2);
if (entry === undefined) {
  process.stderr.write('usage: node scripts/cli/run-as-esm.mjs ENTRY.ts [ARGS…]\n');
  process.exit(2);
}
const outDir = resolve('out/cli');
mkdirSync(outDir, { recursive: true });
const outfile = join(outDir, basename(entry).replace(/\.ts$/u, '.mjs'));
await bundleAsEsm(entry, outfile);
process.argv = [process.argv[0], outfile, ...args];
await import(pathToFileURL(outfile).href);
