import type { CaptureRecord } from '../capture/types';
import type { EntryKeys, ReferenceKeys } from './reference-plan';

/**
 * Gathers the lookup keys of reference entries one entry at a time, so a large import can gather
 * them between other work; each key once, in the order first seen (sorting 46,000 keys of five
 * kinds held the page for hundreds of milliseconds, and the lookups do not need it).
 */
export class ReferenceKeySets {
  private readonly dois = new Set<string>();
  private readonly arxivIds = new Set<string>();
  private readonly titleKeys = new Set<string>();
  private readonly fingerprints = new Set<string>();
  private readonly prefixKeys = new Set<string>();

  add(record: CaptureRecord, { normalized, titleKey, fingerprint, prefixKey }: EntryKeys): void {
    if (record.doi !== null) this.dois.add(record.doi);
    if (record.arxiv !== null) this.arxivIds.add(record.arxiv);
    if (titleKey !== null) this.titleKeys.add(titleKey);
    if (normalized === '') return;
    this.fingerprints.add(fingerprint);
    this.prefixKeys.add(prefixKey);
  }

  keys(): ReferenceKeys {
    return {
      dois: [...this.dois],
      arxivIds: [...this.arxivIds],
      titleKeys: [...this.titleKeys],
      fingerprints: [...this.fingerprints],
      prefixKeys: [...this.prefixKeys],
    };
  }
}
