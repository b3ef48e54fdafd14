// `npx tsx --conditions=import scripts/bench/bibtex-reader.ts [entries] [--no-fast-path]`: how fast the BibTeX reader reads a
// synthetic library, against the parser's own parse of the same text (CPU time). `--conditions=import` lets tsx's
// CommonJS loading reach the parser's ESM-only dependency (tiny-merge-patch exports no `require` entry).
import { parse } from '@retorquere/bibtex-parser';
import { readBibtexWith } from '../../shared/references/bibtex/parse-bibtex';
import { PARSER_OPTIONS } from '../../shared/references/bibtex/library';
import { REALISTIC_SHARES, syntheticBibtex } from '../fixtures/synthetic-bibtex';
import type { SyntheticShares } from '../fixtures/synthetic-bibtex';

/** CPU time, not wall time: other work on the machine does not count against the reader. */
function milliseconds(run: () => unknown): number {
  const start = process.cpuUsage();
  run();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

function perSecond(entries: number, ms: number): string {
  return Math.round((entries * 1000) / ms).toLocaleString('en');
}

function measure(label: string, count: number, shares: SyntheticShares): void {
  const text = syntheticBibtex(count, 1, shares);
  const parserMs = milliseconds(() => parse(text, PARSER_OPTIONS));
  let records = 0;
  const readerMs = milliseconds(() => {
    records = parseBibtex(text).records.length;
  });
  const overhead = ((readerMs / parserMs - 1) * 100).toFixed(1);
  console.log(
    `${label}: ${count} entries (${(text.length / 1e6).toFixed(1)} MB), ${records} records. ` +
      `Parser alone ${(parserMs / 1000).toFixed(1)} s (${perSecond(count, parserMs)} entries/s); ` +
      `reader ${(readerMs / 1000).toFixed(1)} s (${perSecond(count, readerMs)} entries/s), ${overhead}% on top.`,
  );
}

const args = process.argv.slice(2);
/** Off: every value goes through the parser's LaTeX step, as before the fast path for plain values. */
const fastPath = !args.includes('--no-fast-path');
const parseBibtex = (text: string): ReturnType<typeof readBibtexWith> => readBibtexWith(text, fastPath);
const count = Number(args.find((arg) => !arg.startsWith('--')) ?? 10_000);
if (!Number.isInteger(count) || count <= 0) throw new Error(`Bad entry count: ${String(count)}`);
// Warm both paths up so the first measured run is not paying for compilation.
parseBibtex(syntheticBibtex(200, 2));
measure(
  `math in ${REALISTIC_SHARES.math * 100}%, % in ${REALISTIC_SHARES.percent * 100}%`,
  count,
  REALISTIC_SHARES,
);
measure('no math, no %', count, { math: 0, percent: 0 });
