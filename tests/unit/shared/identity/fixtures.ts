import { noBibliographicFields } from '../../../../shared/capture/record';
import type { CaptureRecord } from '../../../../shared/capture/types';
import type { ExistingAbstract, ImportPlan, IncomingRecord } from '../../../../shared/import/plan-types';

export interface RecordSpec extends Partial<Omit<CaptureRecord, 'text' | 'span'>> {
  text: string;
  captureHash?: string;
  index?: number;
  /** Where the record starts in its capture; defaults to a slot per index. */
  start?: number;
}

/** An incoming record as the parser would hand it over, with an identity display form. */
export function incoming(spec: RecordSpec): IncomingRecord {
  const index = spec.index ?? 0;
  const start = spec.start ?? index * 10_000;
  const record: CaptureRecord = {
    ...noBibliographicFields(),
    role: spec.role ?? 'related',
    title: spec.title ?? null,
    authors: spec.authors ?? [],
    year: spec.year ?? null,
    text: spec.text,
    truncated: spec.truncated ?? false,
    span: { start, end: start + spec.text.length },
    quote: spec.quote ?? null,
    views: spec.views ?? null,
    field: spec.field ?? null,
    language: spec.language ?? null,
    line: spec.line ?? 1,
    doi: spec.doi ?? null,
    arxiv: spec.arxiv ?? null,
    url: spec.url ?? null,
    venue: spec.venue ?? null,
    type: spec.type ?? null,
    citationKey: spec.citationKey ?? null,
    keywords: spec.keywords ?? [],
    tags: spec.tags ?? [],
    fields: spec.fields ?? {},
  };
  return {
    captureHash: spec.captureHash ?? 'capture-a',
    index,
    record,
    display: { text: spec.text, edits: [] },
  };
}

/** The records of one capture, numbered in document order. */
export function capture(captureHash: string, specs: readonly RecordSpec[]): IncomingRecord[] {
  return specs.map((spec, index) => incoming({ ...spec, captureHash, index }));
}

/** What the data layer does with a plan: overwrite updated abstracts, append created ones with new ids. */
export function applyPlan(library: readonly ExistingAbstract[], plan: ImportPlan): ExistingAbstract[] {
  const updated = new Map(plan.updates.map((update) => [update.id, update.after]));
  const next = library.map((abstract) => {
    const after = updated.get(abstract.id);
    return after ? { ...after, id: abstract.id } : abstract;
  });
  let nextId = Math.max(0, ...library.map((abstract) => abstract.id)) + 1;
  for (const draft of plan.creates) next.push({ ...draft, id: nextId++ });
  return next;
}

/** A library's content without ids or source order: text and sorted sources of each abstract, sorted. */
export function contentOf(library: readonly ExistingAbstract[]): string[] {
  return library
    .map((abstract) =>
      JSON.stringify({
        text: abstract.text,
        truncated: abstract.truncated,
        sources: abstract.sources
          .map((source) => `${source.captureHash}@${source.start}-${source.end}`)
          .sort(),
      }),
    )
    .sort();
}

export const LONG_ABSTRACT =
  'In this paper, we theoretically prove that adding one special neuron per output unit eliminates all ' +
  'suboptimal local minima of any deep neural network, for multi-class classification, binary ' +
  'classification, and regression with an arbitrary loss function, under practical assumptions.';

/** The first `length` characters of a text with trailing spaces trimmed, as the portal cuts snippets. */
export function snippetOf(text: string, length: number): string {
  return text.slice(0, length).trimEnd();
}
