// The import domain owns bringing files in: screening them, planning against the stored identity keys, writing abstracts, capture texts and same-page links in one transaction, and the first-run seeds.

import { planImport, planInBatches } from '../../../shared/identity';
import { toIncomingRecords } from '../../../shared/import/incoming';
import type { ExistingAbstract, ImportPlan, IncomingRecord, RecordOutcome } from '../../../shared/import/plan-types';
import { ReferencePlanner, type EntryKeys, type ReferenceKeys, type ReferencePlan } from '../../../shared/identity/reference-plan';
import { isReferenceLayout } from '../../../shared/references/layout';
import { findReferenceCandidates } from './reference-candidates';
import { tagImportedEntries } from './tag-imported';
import type { ImportedFile } from '../../../shared/import/types';
import { abstractTables, addAbstractRows, putAbstractRows } from '../abstracts/store';
import { CitationKeys } from '../abstracts/citation-keys';
import { keyedMerge } from './merged-key';
import { findCandidates } from './candidates';
import { addCaptureText } from './capture-texts';
import type { IdentityEntry } from './identity-index';
import { db as appDb, type LecternDB } from '../schema/database';
import { inChunks, letInputIn, STEP_BUDGET_MS } from './in-chunks';
import { TrailingWrites } from './trailing-writes';
import { entryKeysInSlices, incomingKeysInSlices } from './incoming-keys';
import { screenFiles } from './screen-files';
import { linkImportedPages, linksTableOf } from './write-links';
import type { PagedAbstract } from '../links/same-page';
import { annotationsTableOf, reanchorAbstracts } from '../annotations/reanchor';
import { captureRowOf, mergedAbstractRow, newAbstractRow } from '../abstracts/rows';
import type { AbstractRow, CaptureRow, ImportSummary, MetaRow } from '../schema/row-types';

/** Set, in the import's own transaction, once the first-run import of the seeds is done. */
export const FIRST_RUN_KEY = 'firstRunImportedAt';

export interface RunImportOptions {
  /** Import only if the first-run flag is unset, and set it in the same transaction. */
  firstRun?: boolean;
  /** Told how many abstracts are written so far, of how many, as the writing goes. */
  onProgress?: SavingListener;
}

export type SavingListener = (written: number, total: number) => void;

/**
 * Imports parsed captures: plans each record against the library with the shared merge function
 * and applies the plan in one transaction, so an import is stored whole or not at all.
 * Files that failed to parse are reported and store nothing.
 */
export async function importFiles(files: readonly ImportedFile[], database: LecternDB = appDb, onProgress?: SavingListener): Promise<ImportSummary> {
  const summary = await runImport(files, onProgress === undefined ? {} : { onProgress }, database);
  if (summary === null) throw new Error('An import without the first-run option always returns a summary.');
  return summary;
}

/** importFiles, plus the first-run mode; resolves to null when the first run was already done. */
export async function runImport(
  files: readonly ImportedFile[],
  { firstRun = false, onProgress }: RunImportOptions,
  database: LecternDB = appDb,
): Promise<ImportSummary | null> {
  const { accepted, repeatedRecords, errors, warnings } = screenFiles(files);
  const summary: ImportSummary = { added: 0, merged: 0, unchanged: repeatedRecords, errors, warnings };
  if (accepted.length === 0 && !firstRun) return summary;

  const everyRecord = toIncomingRecords(accepted);
  const incoming = everyRecord.filter((record) => record.record.role !== 'entry');
  const entries = everyRecord.filter((record) => record.record.role === 'entry');
  const keys = await incomingKeysInSlices(incoming);
  const { keys: entryKeys, candidates: referenceKeys } = await entryKeysInSlices(entries);
  const annotations = annotationsTableOf(database);
  const links = linksTableOf(database);
  const tagTables = entries.length === 0 ? [] : [database.tags, database.abstractTags];
  const scope = [database.captures, database.captureTexts, ...abstractTables(database), database.meta, ...tagTables, ...(annotations === null ? [] : [annotations]), ...(links === null ? [] : [links])];
  const outcome = await database.transaction('rw', scope, async () => {
    if (firstRun && (await database.meta.get(FIRST_RUN_KEY)) !== undefined) return null;
    const now = Date.now();
    const citationKeys = await CitationKeys.read(database);
    const candidates = await findCandidates(keys.candidates, database);
    const plan = await planInSteps(database, [...candidates.rows.values()], incoming, keys.prefixKeys);
    const progress = savingProgress(plan.creates.length + plan.updates.length + entries.length, onProgress);
    const written: WrittenAbstracts = new Map();
    const [writes] = await Promise.all([
      applyPlan(database, plan, candidates.rows, now, progress, citationKeys, written),
      storeNewCaptures(database, accepted, now),
      firstRun ? database.meta.put({ key: FIRST_RUN_KEY, value: now } satisfies MetaRow) : undefined,
    ]);
    // Reference entries plan after the captures are written, so an entry finds a paper captured in the same import.
    const entryPlan = entries.length === 0 ? null : await importEntries(database, entries, entryKeys, referenceKeys, now, progress, citationKeys, written);
    const created = [...writes.created, ...(entryPlan?.writes.created ?? [])];
    await candidates.recordWrites(created, [...writes.updated, ...(entryPlan?.writes.updated ?? [])]);
    const pageHashes = accepted.filter((file) => !isReferenceLayout(file.parsed.layout)).map((file) => file.contentHash);
    await linkImportedPages(pageHashes, now, database, written);
    return { counts: addCounts(plan.counts, entryPlan?.plan.counts), candidates };
  });
  if (outcome === null) return null;
  outcome.candidates.keep();
  const { counts } = outcome;
  return { ...summary, added: counts.added, merged: counts.merged, unchanged: summary.unchanged + counts.unchanged };
}

/** Plans reference entries against the abstracts they may join, writes them, and tags them. */
async function importEntries(
  database: LecternDB,
  entries: IncomingRecord[],
  keys: EntryKeys[],
  referenceKeys: ReferenceKeys,
  now: number,
  progress: SavingProgress,
  citationKeys: CitationKeys,
  written: WrittenAbstracts,
): Promise<{ plan: ReferencePlan; writes: AppliedWrites }> {
  const stored = await findReferenceCandidates(referenceKeys, database);
  const planner = new ReferencePlanner([...stored.values()], entries, keys);
  let stepStarted = performance.now();
  while (planner.step(RECORDS_PER_PLAN_BATCH)) {
    if (performance.now() - stepStarted > STEP_BUDGET_MS) {
      await letInputIn(database);
      stepStarted = performance.now();
    }
  }
  // Gathering the result takes tens of milliseconds at 46,000 entries: it gets a task of its own.
  await letInputIn(database);
  const plan = planner.result();
  // Entries that merged or repeat count as done once planned; the new ones as they are written.
  progress.advance(entries.length - plan.creates.length);
  const writes = await applyPlan(database, plan, stored, now, progress, citationKeys, written);
  await tagImportedEntries(entries, plan.homes, writes.created.map((entry) => entry.id), database);
  return { plan, writes };
}

function addCounts(a: Record<RecordOutcome, number>, b: Record<RecordOutcome, number> | undefined): Record<RecordOutcome, number> {
  return b === undefined ? a : { added: a.added + b.added, merged: a.merged + b.merged, unchanged: a.unchanged + b.unchanged };
}

/** Incoming records per planning batch: a few milliseconds of work each. */
const RECORDS_PER_PLAN_BATCH = 100;

/** planImport's plan, made a batch of records at a time, letting input in whenever a step's budget is spent. */
async function planInSteps(database: LecternDB, existing: ExistingAbstract[], incoming: IncomingRecord[], prefixKeys: string[]): Promise<ImportPlan> {
  const planning = planInBatches(existing, incoming, prefixKeys, RECORDS_PER_PLAN_BATCH);
  const plans: ImportPlan[] = [];
  let stepStarted = performance.now();
  for (const batch of planning.batches) {
    if (performance.now() - stepStarted > STEP_BUDGET_MS) {
      await letInputIn(database);
      stepStarted = performance.now();
    }
    plans.push(planImport(batch.existing, batch.records.map((index) => incoming[index] as IncomingRecord)));
  }
  return planning.combine(plans);
}

interface AppliedWrites {
  created: IdentityEntry[];
  updated: { before: IdentityEntry; after: IdentityEntry }[];
}

/** The abstracts an import wrote, by id, as last written: linking the pages reads them from here, not back from the database. */
type WrittenAbstracts = Map<number, PagedAbstract>;

function identityOf(row: AbstractRow): IdentityEntry {
  return { id: row.id, fingerprint: row.fingerprint, prefixKey: row.prefixKey };
}

/** Counts written abstracts toward a total and tells the listener, at most every SAVING_REPORT_MS. */
interface SavingProgress {
  advance(count: number): void;
}

const SAVING_REPORT_MS = 150;

function savingProgress(total: number, listener: SavingListener | undefined): SavingProgress {
  let written = 0;
  let reportedAt = 0;
  return {
    advance(count) {
      written = Math.min(total, written + count);
      const now = performance.now();
      if (listener === undefined || (now - reportedAt < SAVING_REPORT_MS && written < total)) return;
      reportedAt = now;
      listener(written, total);
    },
  };
}

/**
 * Writes a plan. New abstracts get unique citation keys (an entry keeps its own unless another
 * abstract has it); a merged abstract keeps its key, and the incoming key, if different, is kept
 * among its aliases (`ids`, see fillBibliographic) unless another abstract uses it.
 */
async function applyPlan(
  database: LecternDB,
  plan: ImportPlan,
  stored: Map<number, AbstractRow>,
  now: number,
  progress: SavingProgress,
  citationKeys: CitationKeys,
  written: WrittenAbstracts,
): Promise<AppliedWrites> {
  const updated: AppliedWrites['updated'] = [];
  const updates = plan.updates.map(({ id, after }) => {
    const row = stored.get(id);
    if (row === undefined) throw new Error(`The import plan updates abstract ${id}, which was not among its candidates.`);
    const merged = keyedMerge(mergedAbstractRow(row, after, now), row, citationKeys);
    updated.push({ before: identityOf(row), after: identityOf(merged) });
    written.set(merged.id, { id: merged.id, sources: merged.sources });
    return merged;
  });
  const trailing = new TrailingWrites();
  const [created] = await Promise.all([
    // Rows are built chunk by chunk too: deriving their titles is a large share of the work.
    inChunks(plan.creates, async (drafts, resumed) => {
      const creates = drafts.map((draft) => newAbstractRow(draft, now));
      const ids = await addAbstractRows(creates, database, citationKeys, trailing, resumed);
      progress.advance(creates.length);
      return creates.map((row, index): IdentityEntry => {
        const id = ids[index];
        if (id === undefined) throw new Error('IndexedDB did not return the id of a new abstract.');
        written.set(id, { id, sources: row.sources });
        return { id, fingerprint: row.fingerprint, prefixKey: row.prefixKey };
      });
    }),
    putAbstractRows(updates, database).then(() => progress.advance(updates.length)),
    // A fuller text merged in: its highlights move with it, in this same transaction.
    reanchorAbstracts(updates.filter((row) => stored.get(row.id)?.text !== row.text), now, database),
  ]);
  await trailing.settled();
  return { created, updated };
}

/** Adds the captures not stored yet, each with its text; a capture already in the library is left as it was. */
async function storeNewCaptures(database: LecternDB, files: readonly ImportedFile[], now: number): Promise<void> {
  const present = await database.captures.bulkGet(files.map((file) => file.contentHash));
  const missing: CaptureRow[] = [];
  const texts: { hash: string; pieces: string[] }[] = [];
  files.forEach((file, index) => {
    if (present[index] !== undefined) return;
    const row = captureRowOf(file, now);
    if (row === null) return;
    missing.push(row);
    texts.push({ hash: row.hash, pieces: file.textPieces });
  });
  if (missing.length > 0) await database.captures.bulkAdd(missing);
  for (const { hash, pieces } of texts) await addCaptureText(hash, pieces, database);
}
