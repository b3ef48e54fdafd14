// Runs everything CI runs and ends with one plain summary line: "N passed, N failed, N skipped".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const reports = 'reports';
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });
const totals = { passed: 0, failed: 0, skipped: 0 };

function run(label, command, args, env = {}) {
  console.log(`\n── ${label}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env }, shell: process.platform === 'win32' });
  return result.status === 0;
}

/** A check with no test count of its own (typecheck, lint, schema) counts as one test. */
function check(label, command, args) {
  if (run(label, command, args)) totals.passed += 1;
  else totals.failed += 1;
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

function vitest() {
  const out = `${reports}/vitest.json`;
  const ok = run('unit tests (Vitest)', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${out}`]);
  const json = readJson(out);
  if (!json) return void (totals.failed += 1);
  totals.passed += json.numPassedTests;
  totals.failed += json.numFailedTests + (ok || json.numFailedTests > 0 ? 0 : 1);
  totals.skipped += json.numPendingTests + json.numTodoTests;
}

/** Prints each skipped Playwright test with the reason it gave, so a skip is never silent. */
function reportSkips(suites, path = []) {
  for (const suite of suites ?? []) {
    const here = suite.title ? [...path, suite.title] : path;
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests ?? []) {
        if (test.status !== 'skipped') continue;
        const reason = (test.annotations ?? []).find((note) => note.type === 'skip')?.description ?? 'no reason given';
        console.log(`skipped: ${[...here, spec.title].join(' › ')} — ${reason}`);
      }
    }
    reportSkips(suite.suites, here);
  }
}

function playwright(label, config) {
  const out = `${reports}/${label}.json`;
  const ok = run(`${label} tests (Playwright)`, 'npx', ['playwright', 'test', '-c', config, '--reporter=list,json'], {
    PLAYWRIGHT_JSON_OUTPUT_NAME: out,
  });
  const json = existsSync(out) ? readJson(out) : null;
  if (!json?.stats) return void (totals.failed += 1);
  reportSkips(json.suites);
  const { expected, unexpected, skipped, flaky } = json.stats;
  totals.passed += expected + flaky;
  totals.failed += unexpected + (ok || unexpected > 0 ? 0 : 1);
  totals.skipped += skipped;
}

check('typecheck', 'npx', ['tsc', '-b']);
check('lint', 'npx', ['eslint', '.', '--max-warnings=0']);
check('security scan (electronegativity)', 'npx', ['tsx', 'scripts/security/scan.ts']);
vitest();
playwright('e2e', 'playwright.config.ts');
playwright('electron', 'playwright.electron.config.ts');

console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed > 0 ? 1 : 0);
