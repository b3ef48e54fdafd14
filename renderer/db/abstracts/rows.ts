import type { AbstractDraft } from '../../../shared/import/plan-types';
import type { ImportedFile, SourceRef } from '../../../shared/import/types';
import { titleKeyOf } from '../../../shared/identity/title-key';
import { displayTitle } from '../../../shared/text/display-title';
import { uidOfAbstract } from '../../../shared/sync/abstract-uid-of';
import type { AbstractRow, CaptureRow } from '../schema/row-types';

/** A new abstract row, before IndexedDB assigns its id. */
export type NewAbstractRow = Omit<AbstractRow, 'id'>;

/**
 * The key the Title sort uses: the display title, lower-cased, without leading quotes,
 * brackets or math delimiters, so “Foo and $x$-bar sort under their first letter.
 */
export function sortTitleOf(abstract: Pick<AbstractDraft, 'title' | 'display'>): string {
  const title = displayTitle({ title: abstract.title, text: abstract.display.text });
  return title
    .toLocaleLowerCase('en')
    .replace(/^[^\p{L}\p{N}]+/u, '')
    .trim();
}

/** The distinct captures an abstract was found in, in the order its sources list them. */
export function captureHashesOf(sources: readonly SourceRef[]): string[] {
  return [...new Set(sources.map((source) => source.captureHash))];
}

export function newAbstractRow(draft: AbstractDraft, now: number): NewAbstractRow {
  return {
    ...draft,
    uid: uidOfAbstract(draft),
    createdAt: now,
    updatedAt: now,
    sortTitle: sortTitleOf(draft),
    titleKey: titleKeyOf(draft),
    captureHashes: captureHashesOf(draft.sources),
    status: 'unread',
  };
}

/**
 * The row after a merge. Fields the draft does not know (added by later features: status,
 * stars…) are kept from the stored row.
 */
export function mergedAbstractRow(stored: AbstractRow, after: AbstractDraft, now: number): AbstractRow {
  return {
    ...stored,
    ...after,
    id: stored.id,
    createdAt: stored.createdAt,
    updatedAt: now,
    sortTitle: sortTitleOf(after),
    titleKey: titleKeyOf(after),
    captureHashes: captureHashesOf(after.sources),
  };
}

/** The capture row of a file that parsed; null when it has no encoding (it could not be read). */
export function captureRowOf(file: ImportedFile, now: number): CaptureRow | null {
  const { parsed } = file;
  if (parsed.encoding === null) return null;
  return {
    hash: file.contentHash,
    fileName: file.fileName,
    encoding: parsed.encoding,
    layout: parsed.layout,
    warnings: parsed.warnings,
    recordCount: parsed.records.length,
    importedAt: now,
  };
}
