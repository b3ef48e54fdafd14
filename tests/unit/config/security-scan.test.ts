import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../scripts/security/electronegativity-findings';
import { judgeFindings, parseAllowlist } from '../../../scripts/security/electronegativity-findings';

const root = resolve(import.meta.dirname, '../../..');

function finding(check: string, file: string, severity: Finding['severity'] = 'HIGH'): Finding {
  return { check, severity, file, line: 6, column: 17, description: `${check} in ${file}` };
}

const allowlist = [
  { check: 'SANDBOX_JS_CHECK', file: 'electron/window.ts', reason: 'set by secureWebPreferences()' },
];

describe('the security scan’s verdict', () => {
  it('passes a HIGH or MEDIUM finding only when an allowlist entry with a reason covers it', () => {
    const verdict = judgeFindings(
      [
        finding('SANDBOX_JS_CHECK', 'electron/window.ts'),
        finding('NODE_INTEGRATION_JS_CHECK', 'electron/window.ts', 'MEDIUM'),
      ],
      allowlist,
    );
    expect(verdict.allowed).toBe(1);
    expect(verdict.unexpected.map((f) => f.check)).toEqual(['NODE_INTEGRATION_JS_CHECK']);
  });

  it('fails a second finding of an allowlisted check in the same file, and one in another file', () => {
    const verdict = judgeFindings(
      [
        finding('SANDBOX_JS_CHECK', 'electron/window.ts'),
        finding('SANDBOX_JS_CHECK', 'electron/window.ts'),
        finding('SANDBOX_JS_CHECK', 'electron/main.ts'),
      ],
      allowlist,
    );
    expect(verdict.unexpected.map((f) => f.file)).toEqual(['electron/window.ts', 'electron/main.ts']);
  });

  it('reports LOW findings without failing, and allowlist entries that no longer match anything', () => {
    const verdict = judgeFindings([finding('CSP_GLOBAL_CHECK', 'electron/security.ts', 'LOW')], allowlist);
    expect(verdict).toEqual({ unexpected: [], stale: allowlist, allowed: 0, low: 1 });
  });

  it('refuses an allowlist entry without a one-line reason', () => {
    expect(() => parseAllowlist([{ check: 'SANDBOX_JS_CHECK', file: 'electron/window.ts' }])).toThrow(
      'allowlist entry 0 needs a check, a file and a one-line reason',
    );
    expect(() => parseAllowlist([{ ...allowlist[0], reason: 'two\nlines' }])).toThrow('must be one line');
    expect(() => parseAllowlist({})).toThrow('JSON array');
  });

  it('reads the reviewed allowlist: every entry names a check and an electron/ file, with its reason', () => {
    const entries = parseAllowlist(
      JSON.parse(readFileSync(resolve(root, '.electronegativity-allowlist.json'), 'utf8')),
    );
    expect(entries.length).toBeGreaterThan(0);
    for (const entry of entries) {
      expect(entry.check).toMatch(/^[A-Z_]+_CHECK$/);
      expect(entry.file).toMatch(/^electron\/[\w-]+\.ts$/);
    }
  });
});
