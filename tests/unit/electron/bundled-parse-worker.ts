import { join } from 'node:path';
import { bundleAsEsm } from '../../../scripts/cli/esm-bundle.mjs';

const root = join(import.meta.dirname, '../../..');

/**
 * The real parse worker, bundled as the desktop build bundles out/main/parse-worker.js: the BibTeX
 * parser's packages cannot be loaded from source as CommonJS (see scripts/cli/run-as-esm.mjs).
 */
export async function bundledParseWorker(): Promise<string> {
  const outfile = join(root, 'out/test/parse-worker.mjs');
  await bundleAsEsm(join(root, 'electron/parse-worker.ts'), outfile);
  return outfile;
}
