import type { Criterion, DecisionRow, ScreeningStage } from '../types';
import type { PrismaCounts, PrismaInput, PrismaRecord, ReasonCount, SourceCount, StageCounts } from './types';

export const NO_REASON_LABEL = 'No reason given';
export const NO_SOURCE_NAME = 'No imported file (added by hand)';
export const MISSING_CAPTURE_NAME = 'A file no longer stored';
const UNKNOWN_CRITERION_LABEL = 'Criterion no longer in the review';

/**
 * Records identified per file. A record merged from several files counts once in each; two records
 * of one file merged into one count twice there, since the file held both (distinct by position).
 */
function identifiedBySource(records: readonly PrismaRecord[], captures: PrismaInput['captures']): SourceCount[] {
  const counts = new Map<string, number>();
  let unsourced = 0;
  for (const record of records) {
    const places = new Set(record.sources.map((source) => `${source.captureHash}\u0000${source.start}`));
    if (places.size === 0) unsourced += 1;
    for (const place of places) {
      const hash = place.slice(0, place.indexOf('\u0000'));
      counts.set(hash, (counts.get(hash) ?? 0) + 1);
    }
  }
  const names = new Map(captures.map((capture) => [capture.hash, capture.fileName]));
  const stored = [...counts].filter(([key]) => names.has(key)).map(([key, count]): SourceCount => ({ key, name: names.get(key) ?? '', count }));
  stored.sort((a, b) => a.name.localeCompare(b.name, 'en') || a.key.localeCompare(b.key, 'en'));
  const gone = [...counts].filter(([key]) => !names.has(key)).reduce((sum, [, count]) => sum + count, 0);
  const sources = gone > 0 ? [...stored, { key: '?', name: MISSING_CAPTURE_NAME, count: gone }] : stored;
  if (unsourced > 0) sources.push({ key: '', name: NO_SOURCE_NAME, count: unsourced });
  return sources;
}

/** Exclusions by reason: the review's exclusion criteria in its order, then codes it no longer has, then no reason; only reasons used. */
function reasonCounts(excluded: readonly DecisionRow[], criteria: readonly Criterion[]): ReasonCount[] {
  const byCode = new Map<string | null, number>();
  for (const decision of excluded) {
    const code = decision.reason === undefined || decision.reason === '' ? null : decision.reason;
    byCode.set(code, (byCode.get(code) ?? 0) + 1);
  }
  const reasons: ReasonCount[] = [];
  const known = new Set<string>();
  for (const criterion of criteria) {
    if (known.has(criterion.code)) continue;
    known.add(criterion.code);
    const count = byCode.get(criterion.code);
    if (count !== undefined) reasons.push({ code: criterion.code, label: criterion.label, count });
  }
  const unknown = [...byCode].filter((entry): entry is [string, number] => entry[0] !== null && !known.has(entry[0]));
  unknown.sort(([a], [b]) => a.localeCompare(b, 'en'));
  for (const [code, count] of unknown) reasons.push({ code, label: UNKNOWN_CRITERION_LABEL, count });
  const none = byCode.get(null);
  if (none !== undefined) reasons.push({ code: null, label: NO_REASON_LABEL, count: none });
  return reasons;
}

function stageCounts(ids: ReadonlySet<number>, decisions: ReadonlyMap<number, DecisionRow>, criteria: readonly Criterion[]): StageCounts {
  const excluded: DecisionRow[] = [];
  let included = 0;
  let maybe = 0;
  for (const id of ids) {
    const decision = decisions.get(id);
    if (decision === undefined) continue;
    if (decision.verdict === 'include') included += 1;
    else if (decision.verdict === 'maybe') maybe += 1;
    else excluded.push(decision);
  }
  const decided = included + excluded.length;
  return { total: ids.size, decided, excluded: excluded.length, reasons: reasonCounts(excluded, criteria), maybe, undecided: ids.size - decided - maybe };
}

/** The latest decision on each record at `stage` (a review holds one per record and stage; the latest wins if not). */
function decisionsAt(all: readonly DecisionRow[], stage: ScreeningStage): Map<number, DecisionRow> {
  const byRecord = new Map<number, DecisionRow>();
  for (const decision of all) {
    if (decision.stage !== stage) continue;
    const before = byRecord.get(decision.abstractId);
    if (before === undefined || before.decidedAt <= decision.decidedAt) byRecord.set(decision.abstractId, decision);
  }
  return byRecord;
}

function idsWith(ids: ReadonlySet<number>, decisions: ReadonlyMap<number, DecisionRow>, verdict: DecisionRow['verdict']): Set<number> {
  return new Set([...ids].filter((id) => decisions.get(id)?.verdict === verdict));
}

/** The records included at full text: the review's studies, in the order of its records. */
export function includedStudyIds(input: PrismaInput): number[] {
  const records = new Set(input.records.map((record) => record.abstractId));
  const first = idsWith(records, decisionsAt(input.decisions, 1), 'include');
  return [...idsWith(first, decisionsAt(input.decisions, 2), 'include')];
}

/**
 * The PRISMA 2020 counts of one review. Stage 1 screens every record; only its include and exclude
 * count as screened, and 'maybe' waits with the undecided ones. The records included at stage 1
 * are the reports sought; none is "not retrieved", as the app cannot know. Stage 2 decisions count
 * only on records still included at stage 1, as the review page offers only those.
 */
export function prismaCounts(input: PrismaInput): PrismaCounts {
  const unique = [...new Map(input.records.map((record) => [record.abstractId, record])).values()];
  const sources = identifiedBySource(unique, input.captures);
  const identifiedTotal = sources.reduce((sum, source) => sum + source.count, 0);
  const records = new Set(unique.map((record) => record.abstractId));
  const first = decisionsAt(input.decisions, 1);
  const second = decisionsAt(input.decisions, 2);
  const sought = idsWith(records, first, 'include');
  return {
    identified: { sources, total: identifiedTotal },
    duplicatesRemoved: identifiedTotal - records.size,
    screening: stageCounts(records, first, input.criteria),
    sought: sought.size,
    notRetrieved: 0,
    eligibility: stageCounts(sought, second, input.criteria),
    included: idsWith(sought, second, 'include').size,
  };
}
