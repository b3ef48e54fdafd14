import type { Transaction } from 'dexie';
import { findArxivIds } from '../../../shared/identifiers/arxiv';
import { findDois } from '../../../shared/identifiers/doi';
import { noBibliographicDraft } from '../../../shared/identity/bibliographic';
import { titleKeyOf } from '../../../shared/identity/title-key';
import type { AbstractTextRow, StoredAbstractRow } from './row-types';

type Identifiers = { doi: string | null; arxiv: string | null };

/**
 * Version 11: every abstract gains the bibliographic fields (empty), its title key, and the DOI
 * and arXiv id its own text names, if it names exactly one of each; the keys rows index them.
 */
export async function addBibliographicFields(tx: Transaction): Promise<void> {
  const identifiers = await identifiersInTexts(tx);
  const titleKeys = new Map<number, string>();
  await tx
    .table<StoredAbstractRow, number>('abstracts')
    .toCollection()
    .modify((row: StoredAbstractRow) => {
      const titleKey = titleKeyOf(row);
      if (titleKey !== null) titleKeys.set(row.id, titleKey);
      Object.assign(row, noBibliographicDraft(), identifiers.get(row.id), { titleKey });
    });
  await tx
    .table('abstractKeys')
    .toCollection()
    .modify((row: { id: number }) => {
      const found = identifiers.get(row.id);
      Object.assign(row, { doi: found?.doi ?? null, arxiv: found?.arxiv ?? null, citationKey: null, titleKey: titleKeys.get(row.id) ?? null });
    });
}

async function identifiersInTexts(tx: Transaction): Promise<Map<number, Identifiers>> {
  const found = new Map<number, Identifiers>();
  await tx
    .table<AbstractTextRow, number>('abstractTexts')
    .each((row) => {
      const dois = findDois(row.text);
      const arxivIds = findArxivIds(row.text);
      if (dois.length === 1 || arxivIds.length === 1) {
        found.set(row.id, { doi: dois.length === 1 ? (dois[0] ?? null) : null, arxiv: arxivIds.length === 1 ? (arxivIds[0] ?? null) : null });
      }
    });
  return found;
}
