/**
 * `npm run security-scan`: electronegativity over the Electron sources, offline. Fails on any
 * HIGH or MEDIUM finding that .electronegativity-allowlist.json does not cover with a reason.
 */
import { readFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { join, relative, resolve } from 'node:path';
import type { Finding } from './electronegativity-findings';
import { isSeverity, judgeFindings, parseAllowlist } from './electronegativity-findings';

const root = resolve(import.meta.dirname, '../..');
const input = join(root, 'electron');
const allowlistFile = join(root, '.electronegativity-allowlist.json');
// Needs the network: it looks up Electron's release list.
const EXCLUDED_CHECKS = ['AvailableSecurityFixesGlobalCheck'];

interface RawIssue {
  id: string;
  file: string;
  severity: { name: unknown };
  location: { line: number; column: number };
  description: string;
}
interface RunResult {
  issues: RawIssue[];
  errors: { file: string; message: string; tolerable: boolean }[];
}
type Runner = (options: Record<string, unknown>, forCli: boolean) => Promise<RunResult>;

const require = createRequire(import.meta.url);

type Load = (request: string, ...rest: unknown[]) => unknown;

/**
 * Electronegativity fetches translations (and Electron's release list) through `got` when it
 * starts. The scan must run offline and never wait, so every such request is answered at once
 * with 503 and no body, and its bundled English strings are used.
 */
function answerRequestsOffline(): void {
  const internals = Module as unknown as { _load: Load };
  const load = internals._load;
  const unavailable = (): Promise<{ statusCode: number; body: string }> =>
    Promise.resolve({ statusCode: 503, body: '' });
  Object.assign(unavailable, { get: unavailable, head: unavailable });
  internals._load = function loadWithoutNetwork(this: unknown, request, ...rest) {
    return request === 'got' ? unavailable : load.call(this, request, ...rest);
  };
}

function electronVersion(): string {
  const pkg = JSON.parse(readFileSync(join(root, 'node_modules/electron/package.json'), 'utf8')) as {
    version: string;
  };
  return pkg.version;
}

function toFinding(issue: RawIssue): Finding {
  const severity = issue.severity.name;
  return {
    check: issue.id,
    severity: isSeverity(severity) ? severity : 'HIGH',
    file: relative(root, resolve(input, issue.file)).split('\\').join('/'),
    line: issue.location.line,
    column: issue.location.column,
    description: issue.description,
  };
}

async function main(): Promise<number> {
  answerRequestsOffline();
  process.env['LANG'] = 'en-US';
  const run = require('@doyensec/electronegativity') as Runner;
  const result = await run(
    {
      input,
      isRelative: true,
      customScan: [],
      excludeFromScan: EXCLUDED_CHECKS,
      parserPlugins: [],
      // Without a package.json in electron/ it cannot tell, and would judge Electron 0.1 defaults.
      electronVersionOverride: electronVersion(),
    },
    false,
  );
  const unreadable = result.errors.filter((error) => !error.tolerable);
  for (const error of unreadable) console.error(`Could not scan ${error.file}: ${error.message}`);

  const findings = result.issues.map(toFinding);
  const verdict = judgeFindings(findings, parseAllowlist(JSON.parse(readFileSync(allowlistFile, 'utf8'))));
  for (const finding of verdict.unexpected) {
    console.error(
      `${finding.severity} ${finding.check} at ${finding.file}:${finding.line}:${finding.column}: ${finding.description}`,
    );
  }
  for (const entry of verdict.stale)
    console.error(`Allowlisted ${entry.check} in ${entry.file} is no longer found: remove the entry.`);
  console.log(
    `Security scan: ${findings.length} findings, ${verdict.allowed} allowlisted with a reason, ${verdict.low} low, ` +
      `${verdict.unexpected.length} unexpected, ${verdict.stale.length} stale allowlist entries.`,
  );
  if (verdict.unexpected.length > 0)
    console.error(
      'Fix each unexpected finding, or add it to .electronegativity-allowlist.json with a one-line reason.',
    );
  return verdict.unexpected.length + verdict.stale.length + unreadable.length > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  },
);
