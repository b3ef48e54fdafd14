import type { AbstractDraft, ExistingAbstract, ImportPlan, IncomingRecord, RecordOutcome } from '../import/plan-types';
import { fillBibliographic, identifiersAgree } from './bibliographic';
import { fingerprintOfNormalized, prefixKeyOfNormalized } from './fingerprint';
import { MIN_PREFIX_MERGE_LENGTH } from './merge-targets';
import { normalizeForIdentity } from './normalize';
import { compareIncoming, sourceKey, sourceOf } from './sources';
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

export function referenceCandidateKeys(incoming: readonly IncomingRecord[]): ReferenceKeys {
  const sets = { dois: new Set<string>(), arxivIds: new Set<string>(), titleKeys: new Set<string>(), fingerprints: new Set<string>(), prefixKeys: new Set<string>() };
  for (const { record } of incoming) {
    if (record.doi !== null) sets.dois.add(record.doi);
    if (record.arxiv !== null) sets.arxivIds.add(record.arxiv);
    const titleKey = titleKeyOf(record);
    if (titleKey !== null) sets.titleKeys.add(titleKey);
    const normalized = normalizeForIdentity(record.text);
    if (normalized === '') continue;
    sets.fingerprints.add(fingerprintOfNormalized(normalized));
    sets.prefixKeys.add(prefixKeyOfNormalized(normalized));
  }
  const sorted = (set: Set<string>): string[] => [...set].sort();
  return { dois: sorted(sets.dois), arxivIds: sorted(sets.arxivIds), titleKeys: sorted(sets.titleKeys), fingerprints: sorted(sets.fingerprints), prefixKeys: sorted(sets.prefixKeys) };
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
  const index = new PaperIndex();
  const bySource = new Map<string, Paper>();
  for (const abstract of [...existing].sort((a, b) => a.id - b.id)) {
    const paper: Paper = { id: abstract.id, draft: abstract, normalized: normalizeForIdentity(abstract.text), changed: false };
    index.add(paper);
    for (const source of abstract.sources) bySource.set(sourceKey(source), paper);
  }

  const creates: Paper[] = [];
  const homeOf = new Map<number, Paper>();
  const outcomes: RecordOutcome[] = incoming.map(() => 'unchanged');
  const order = incoming.map((_, position) => position).sort((a, b) => compareIncoming(incoming[a] as IncomingRecord, incoming[b] as IncomingRecord));
  for (const position of order) {
    const record = incoming[position] as IncomingRecord;
    const key = sourceKey(sourceOf(record));
    const stored = bySource.get(key);
    if (stored !== undefined) {
      homeOf.set(position, stored);
      continue;
    }
    const normalized = normalizeForIdentity(record.record.text);
    const target = index.match(record, normalized);
    if (target === null) {
      const paper: Paper = { id: null, draft: draftOf(record, normalized), normalized, changed: true };
      creates.push(paper);
      index.add(paper);
      outcomes[position] = 'added';
      homeOf.set(position, paper);
    } else {
      index.remove(target);
      mergeInto(target, record, normalized);
      index.add(target);
      outcomes[position] = 'merged';
      homeOf.set(position, target);
    }
    bySource.set(key, homeOf.get(position) as Paper);
  }

  const createIndex = new Map(creates.map((paper, place) => [paper, place]));
  const homes = incoming.map((_, position): RecordHome => {
    const paper = homeOf.get(position) as Paper;
    if (paper.id === null) return { kind: 'create', index: createIndex.get(paper) ?? -1 };
    return outcomes[position] === 'unchanged' ? { kind: 'unchanged', id: paper.id } : { kind: 'update', id: paper.id };
  });
  const updates = [...new Set(homeOf.values())]
    .filter((paper) => paper.id !== null && paper.changed)
    .sort((a, b) => (a.id ?? 0) - (b.id ?? 0))
    .map((paper) => ({ id: paper.id as number, after: paper.draft }));
  const counts: Record<RecordOutcome, number> = { added: 0, merged: 0, unchanged: 0 };
  for (const outcome of outcomes) counts[outcome] += 1;
  return { creates: creates.map((paper) => paper.draft), updates, outcomes, counts, homes };
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
    const fingerprint = fingerprintOfNormalized(paper.normalized);
    if (!this.byFingerprint.has(fingerprint)) this.byFingerprint.set(fingerprint, paper);
    const prefix = prefixKeyOfNormalized(paper.normalized);
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
    drop(this.byFingerprint, fingerprintOfNormalized(paper.normalized));
    const prefix = prefixKeyOfNormalized(paper.normalized);
    const rest = (this.byPrefix.get(prefix) ?? []).filter((other) => other !== paper);
    if (rest.length === 0) this.byPrefix.delete(prefix);
    else this.byPrefix.set(prefix, rest);
  }

  /** The paper `incoming` belongs to, by the strongest evidence that names one it agrees with. */
  match(incoming: IncomingRecord, normalized: string): Paper | null {
    const { record } = incoming;
    const agrees = (paper: Paper | undefined): paper is Paper => paper !== undefined && identifiersAgree(paper.draft, record);
    const byDoi = record.doi === null ? undefined : this.byDoi.get(record.doi);
    if (byDoi !== undefined) return byDoi;
    const byArxiv = record.arxiv === null ? undefined : this.byArxiv.get(record.arxiv);
    if (agrees(byArxiv)) return byArxiv;
    const titleKey = titleKeyOf(record);
    const byTitle = titleKey === null ? undefined : this.byTitleKey.get(titleKey);
    if (agrees(byTitle)) return byTitle;
    if (normalized === '') return null;
    const identical = this.byFingerprint.get(fingerprintOfNormalized(normalized));
    if (agrees(identical)) return identical;
    const snippet = (this.byPrefix.get(prefixKeyOfNormalized(normalized)) ?? []).find(
      (paper) => paper.draft.truncated && paper.normalized.length >= MIN_PREFIX_MERGE_LENGTH && normalized.startsWith(paper.normalized) && agrees(paper),
    );
    return snippet ?? null;
  }
}

function draftOf(incoming: IncomingRecord, normalized: string): AbstractDraft {
  const { record, display } = incoming;
  return {
    text: record.text,
    display,
    truncated: record.truncated,
    fingerprint: fingerprintOfNormalized(normalized),
    prefixKey: prefixKeyOfNormalized(normalized),
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
