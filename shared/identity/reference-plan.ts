import type { AbstractDraft, ExistingAbstract, ImportPlan, IncomingRecord, RecordOutcome } from '../import/plan-types';
import { fillBibliographic, identifiersAgree } from './bibliographic';
import { fingerprintOfNormalized, MIN_PREFIX_MERGE_LENGTH, prefixKeyOfNormalized } from './fingerprint';
import { normalizeForIdentity } from './normalize';
import { ReferenceKeySets } from './reference-key-sets';
import { sourceKey, sourceOf } from './sources';
import { titleKeyOf } from './title-key';

/** Where an incoming reference record ended up: a new abstract (by its place in `creates`) or a stored one. */
export type RecordHome = { kind: 'create'; index: number } | { kind: 'update'; id: number } | { kind: 'unchanged'; id: number | null };

export interface ReferencePlan extends ImportPlan {
  /** Parallel to the incoming records. */
  homes: RecordHome[];
}

/** The keys under which the library must look up the abstracts a reference import may merge into. */
export interface ReferenceKeys {
  dois: string[];
  arxivIds: string[];
  titleKeys: string[];
  fingerprints: string[];
  prefixKeys: string[];
}

/** What the planner needs of one incoming entry besides the entry: its normalised text and title key. */
export interface EntryKeys {
  normalized: string;
  titleKey: string | null;
  /** Of the normalised text; "" when it is empty. */
  fingerprint: string;
  prefixKey: string;
}

export function entryKeysOf(incoming: IncomingRecord): EntryKeys {
  const normalized = normalizeForIdentity(incoming.record.text);
  const empty = normalized === '';
  return {
    normalized,
    titleKey: titleKeyOf(incoming.record),
    fingerprint: empty ? '' : fingerprintOfNormalized(normalized),
    prefixKey: empty ? '' : prefixKeyOfNormalized(normalized),
  };
}

/** The lookup keys of the entries, from their records and precomputed keys (parallel arrays), each kind sorted. */
export function referenceCandidateKeys(incoming: readonly IncomingRecord[], keys: readonly EntryKeys[] = incoming.map(entryKeysOf)): ReferenceKeys {
  const sets = new ReferenceKeySets();
  incoming.forEach(({ record }, position) => sets.add(record, keys[position] ?? entryKeysOf(incoming[position] as IncomingRecord)));
  const { dois, arxivIds, titleKeys, fingerprints, prefixKeys } = sets.keys();
  return { dois: dois.sort(), arxivIds: arxivIds.sort(), titleKeys: titleKeys.sort(), fingerprints: fingerprints.sort(), prefixKeys: prefixKeys.sort() };
}

/** One abstract the plan may merge into: stored (with its id) or created earlier in this plan. */
interface Paper {
  id: number | null;
  draft: AbstractDraft;
  normalized: string;
  changed: boolean;
}

/**
 * Plans the import of reference entries (BibTeX, RIS, CSL-JSON, CSV) against the candidates the
 * library holds. Each entry joins the paper it matches by, in order of evidence: the same DOI, the
 * same arXiv id, the same title key (normalised title, year, first author), then the same text
 * (identical, or a stored snippet its abstract completes). Two different DOIs never join. A match
 * fills only what the paper lacks; its text stays, unless it had none or was a cut snippet. Pure
 * and deterministic: the order files are offered in does not matter.
 */
export function planReferenceImport(existing: readonly ExistingAbstract[], incoming: readonly IncomingRecord[]): ReferencePlan {
  const planner = new ReferencePlanner(existing, incoming);
  while (planner.step(Number.POSITIVE_INFINITY)) {
    // One step plans everything.
  }
  return planner.result();
}

/**
 * planReferenceImport a few hundred entries at a time: `step` plans up to `count` entries and says
 * whether any are left, so a large import can let input in between steps.
 */
export class ReferencePlanner {
  private readonly index = new PaperIndex();
  private readonly bySource = new Map<string, Paper>();
  private readonly creates: Paper[] = [];
  private readonly homeOf = new Map<number, Paper>();
  private readonly outcomes: RecordOutcome[];
  private readonly order: number[];
  private next = 0;

  constructor(
    existing: readonly ExistingAbstract[],
    private readonly incoming: readonly IncomingRecord[],
    private readonly keys: readonly EntryKeys[] = incoming.map(entryKeysOf),
  ) {
    for (const abstract of [...existing].sort((a, b) => a.id - b.id)) {
      const paper: Paper = { id: abstract.id, draft: abstract, normalized: normalizeForIdentity(abstract.text), changed: false };
      this.index.add(paper);
      for (const source of abstract.sources) this.bySource.set(sourceKey(source), paper);
    }
    this.outcomes = incoming.map(() => 'unchanged');
    this.order = documentOrder(incoming);
  }

  step(count: number): boolean {
    const stop = Math.min(this.order.length, this.next + count);
    for (; this.next < stop; this.next += 1) this.plan(this.order[this.next] as number);
    return this.next < this.order.length;
  }

  private plan(position: number): void {
    const record = this.incoming[position] as IncomingRecord;
    const key = sourceKey(sourceOf(record));
    const stored = this.bySource.get(key);
    if (stored !== undefined) {
      this.homeOf.set(position, stored);
      return;
    }
    const keys = this.keys[position] ?? entryKeysOf(record);
    const { normalized } = keys;
    const target = this.index.match(record, keys);
    let home: Paper;
    if (target === null) {
      home = { id: null, draft: draftOf(record, keys), normalized, changed: true };
      this.creates.push(home);
      this.index.add(home);
      this.outcomes[position] = 'added';
    } else {
      this.index.remove(target);
      mergeInto(target, record, normalized);
      this.index.add(target);
      this.outcomes[position] = 'merged';
      home = target;
    }
    this.homeOf.set(position, home);
    this.bySource.set(key, home);
  }

  result(): ReferencePlan {
    const { outcomes } = this;
    const createIndex = new Map(this.creates.map((paper, place) => [paper, place]));
    const homes = this.incoming.map((_, position): RecordHome => {
      const paper = this.homeOf.get(position) as Paper;
      if (paper.id === null) return { kind: 'create', index: createIndex.get(paper) ?? -1 };
      return outcomes[position] === 'unchanged' ? { kind: 'unchanged', id: paper.id } : { kind: 'update', id: paper.id };
    });
    const updates = [...new Set(this.homeOf.values())]
      .filter((paper) => paper.id !== null && paper.changed)
      .sort((a, b) => (a.id ?? 0) - (b.id ?? 0))
      .map((paper) => ({ id: paper.id as number, after: paper.draft }));
    const counts: Record<RecordOutcome, number> = { added: 0, merged: 0, unchanged: 0 };
    for (const outcome of outcomes) counts[outcome] += 1;
    return { creates: this.creates.map((paper) => paper.draft), updates, outcomes, counts, homes };
  }
}

/** Positions of the entries in compareIncoming's order, sorted on keys read once (a large file has 100k entries). */
function documentOrder(incoming: readonly IncomingRecord[]): number[] {
  const hashes = incoming.map((record) => record.captureHash);
  const starts = incoming.map((record) => record.record.span.start);
  const ends = incoming.map((record) => record.record.span.end);
  return incoming
    .map((_, position) => position)
    .sort((a, b) => {
      const hashA = hashes[a] as string;
      const hashB = hashes[b] as string;
      if (hashA !== hashB) return hashA < hashB ? -1 : 1;
      return (starts[a] as number) - (starts[b] as number) || (ends[a] as number) - (ends[b] as number) || (incoming[a]?.index ?? 0) - (incoming[b]?.index ?? 0);
    });
}

/** The papers of the plan under each kind of evidence; the first paper added under a key keeps it. */
class PaperIndex {
  private readonly byDoi = new Map<string, Paper>();
  private readonly byArxiv = new Map<string, Paper>();
  private readonly byTitleKey = new Map<string, Paper>();
  private readonly byFingerprint = new Map<string, Paper>();
  private readonly byPrefix = new Map<string, Paper[]>();

  add(paper: Paper): void {
    const { draft } = paper;
    if (draft.doi !== null && !this.byDoi.has(draft.doi)) this.byDoi.set(draft.doi, paper);
    if (draft.arxiv !== null && !this.byArxiv.has(draft.arxiv)) this.byArxiv.set(draft.arxiv, paper);
    const titleKey = titleKeyOf(draft);
    if (titleKey !== null && !this.byTitleKey.has(titleKey)) this.byTitleKey.set(titleKey, paper);
    if (paper.normalized === '') return;
    const fingerprint = paper.draft.fingerprint;
    if (!this.byFingerprint.has(fingerprint)) this.byFingerprint.set(fingerprint, paper);
    const prefix = paper.draft.prefixKey;
    this.byPrefix.set(prefix, [...(this.byPrefix.get(prefix) ?? []), paper]);
  }

  /** Takes the paper out from under its keys; call before its draft changes, then add it again. */
  remove(paper: Paper): void {
    const { draft } = paper;
    const titleKey = titleKeyOf(draft);
    const drop = (map: Map<string, Paper>, key: string | null): void => {
      if (key !== null && map.get(key) === paper) map.delete(key);
    };
    drop(this.byDoi, draft.doi);
    drop(this.byArxiv, draft.arxiv);
    drop(this.byTitleKey, titleKey);
    if (paper.normalized === '') return;
    drop(this.byFingerprint, paper.draft.fingerprint);
    const prefix = paper.draft.prefixKey;
    const rest = (this.byPrefix.get(prefix) ?? []).filter((other) => other !== paper);
    if (rest.length === 0) this.byPrefix.delete(prefix);
    else this.byPrefix.set(prefix, rest);
  }

  /** The paper `incoming` belongs to, by the strongest evidence that names one it agrees with. */
  match(incoming: IncomingRecord, keys: EntryKeys): Paper | null {
    const { normalized } = keys;
    const { record } = incoming;
    const agrees = (paper: Paper | undefined): paper is Paper => paper !== undefined && identifiersAgree(paper.draft, record);
    const byDoi = record.doi === null ? undefined : this.byDoi.get(record.doi);
    if (byDoi !== undefined) return byDoi;
    const byArxiv = record.arxiv === null ? undefined : this.byArxiv.get(record.arxiv);
    if (agrees(byArxiv)) return byArxiv;
    const { titleKey } = keys;
    const byTitle = titleKey === null ? undefined : this.byTitleKey.get(titleKey);
    if (agrees(byTitle)) return byTitle;
    if (normalized === '') return null;
    const identical = this.byFingerprint.get(keys.fingerprint);
    if (agrees(identical)) return identical;
    const snippet = (this.byPrefix.get(keys.prefixKey) ?? []).find(
      (paper) => paper.draft.truncated && paper.normalized.length >= MIN_PREFIX_MERGE_LENGTH && normalized.startsWith(paper.normalized) && agrees(paper),
    );
    return snippet ?? null;
  }
}

function draftOf(incoming: IncomingRecord, keys: EntryKeys): AbstractDraft {
  const { record, display } = incoming;
  return {
    text: record.text,
    display,
    truncated: record.truncated,
    fingerprint: keys.normalized === '' ? fingerprintOfNormalized('') : keys.fingerprint,
    prefixKey: keys.prefixKey,
    title: record.title,
    authors: [...record.authors],
    year: record.year,
    quote: record.quote,
    views: record.views,
    field: record.field,
    language: record.language,
    doi: record.doi,
    arxiv: record.arxiv,
    url: record.url,
    venue: record.venue,
    type: record.type,
    citationKey: record.citationKey,
    keywords: [...record.keywords],
    fields: { ...record.fields },
    sources: [sourceOf(incoming)],
  };
}

/** Fills what the paper lacks from the entry, takes its text if the paper had none or a cut snippet of it, adds its source. */
function mergeInto(paper: Paper, incoming: IncomingRecord, normalized: string): void {
  const { record } = incoming;
  const draft = paper.draft;
  const takesText = normalized !== '' && (paper.normalized === '' || (draft.truncated && normalized.startsWith(paper.normalized)));
  paper.draft = {
    ...draft,
    ...(takesText
      ? { text: record.text, display: incoming.display, truncated: record.truncated, fingerprint: fingerprintOfNormalized(normalized), prefixKey: prefixKeyOfNormalized(normalized) }
      : {}),
    title: draft.title ?? record.title,
    authors: draft.authors.length > 0 ? draft.authors : [...record.authors],
    year: draft.year ?? record.year,
    language: draft.language ?? record.language,
    ...fillBibliographic(draft, record),
    sources: [...draft.sources, sourceOf(incoming)],
  };
  if (takesText) paper.normalized = normalized;
  paper.changed = true;
}
