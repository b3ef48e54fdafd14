// One ES module holding a TypeScript entry and the packages it uses, for Node to run (see run-as-esm.mjs).
import { build } from 'esbuild';

/** Packages written as CommonJS may still require Node's own modules. */
const REQUIRE_SHIM = "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);";

/** Bundles `entry` into `outfile` as an ES module, resolving each package's ES build as the app's bundler does. */
export async function bundleAsEsm(entry, outfile) {
  await build({ entryPoints: [entry], outfile, bundle: true, platform: 'node', format: 'esm', target: 'node20', banner: { js: REQUIRE_SHIM }, logLevel: 'error' });
}
