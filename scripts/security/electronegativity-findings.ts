/**
 * What the security scan decides, apart from running electronegativity: which findings fail
 * the build. A HIGH or MEDIUM finding fails unless an entry of the reviewed allowlist, with
 * its one-line reason, covers it; each entry covers one finding, so a second one of the same
 * check in the same file still fails, and an entry that covers nothing any more fails too.
 */

export type Severity = 'HIGH' | 'MEDIUM' | 'LOW' | 'INFORMATIONAL';

export interface Finding {
  check: string;
  severity: Severity;
  /** Repo-relative, with forward slashes. */
  file: string;
  line: number;
  column: number;
  description: string;
}

export interface AllowlistEntry {
  check: string;
  file: string;
  reason: string;
}

export interface ScanVerdict {
  /** HIGH and MEDIUM findings no entry covers. */
  unexpected: Finding[];
  /** Entries that cover no finding: the code changed, so they must be reviewed again. */
  stale: AllowlistEntry[];
  allowed: number;
  low: number;
}

const SEVERITIES: readonly Severity[] = ['HIGH', 'MEDIUM', 'LOW', 'INFORMATIONAL'];

export function isSeverity(value: unknown): value is Severity {
  return typeof value === 'string' && (SEVERITIES as readonly string[]).includes(value);
}

/** Reads the allowlist file's JSON; throws naming the first entry that lacks a check, file or reason. */
export function parseAllowlist(json: unknown): AllowlistEntry[] {
  if (!Array.isArray(json)) throw new Error('the allowlist must be a JSON array of { check, file, reason }');
  return json.map((entry: unknown, i) => {
    const record = (typeof entry === 'object' && entry !== null ? entry : {}) as Record<string, unknown>;
    const [check, file, reason] = [record['check'], record['file'], record['reason']];
    if (typeof check !== 'string' || typeof file !== 'string' || typeof reason !== 'string' || !reason.trim())
      throw new Error(`allowlist entry ${i} needs a check, a file and a one-line reason`);
    if (reason.includes('\n')) throw new Error(`allowlist entry ${i}: the reason must be one line`);
    return { check, file, reason };
  });
}

export function judgeFindings(
  findings: readonly Finding[],
  allowlist: readonly AllowlistEntry[],
): ScanVerdict {
  const unused = [...allowlist];
  const unexpected: Finding[] = [];
  let allowed = 0;
  let low = 0;
  for (const finding of findings) {
    if (finding.severity !== 'HIGH' && finding.severity !== 'MEDIUM') {
      low += 1;
      continue;
    }
    const index = unused.findIndex((entry) => entry.check === finding.check && entry.file === finding.file);
    if (index === -1) unexpected.push(finding);
    else {
      unused.splice(index, 1);
      allowed += 1;
    }
  }
  return { unexpected, stale: unused, allowed, low };
}
