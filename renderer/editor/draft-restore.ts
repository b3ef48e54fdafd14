import type { EditBase } from '../db/notes/rich-text-save';
import type { Draft } from './draft-store';
import type { StoredContent } from './plugins/rich-text-sync';

/**
 * Whether a draft left by an earlier editor still holds unsaved text, and what it was edited from.
 * Chromium writes localStorage to disk lazily, so after a crash the draft on disk can be older than
 * saves the same editor made later: those saves contain everything the draft has, and it is dropped.
 * When the save under way as the draft was written is the one stored, the draft is that save plus
 * later typing, so it merges from that save's content. Otherwise it merges from its own base.
 */
export function draftToRestore(draft: Draft | null, stored: StoredContent | null): { draft: Draft; base: EditBase } | null {
  if (draft === null) return null;
  const savedBy = stored?.savedBy;
  if (stored && savedBy && draft.writer === savedBy.writer) {
    if (savedBy.at >= draft.at) return null;
    if (draft.pending && draft.pending.at === savedBy.at) {
      // A stored revision whose text is not the pending save's was merged with another editor's:
      // an unknown revision makes the save merge from the pending content instead of overwriting.
      const revision = stored.json === draft.pending.json ? stored.revision : -1;
      return { draft, base: { revision, json: draft.pending.json } };
    }
  }
  // A draft from before revisions has no base: it is merged as if edited from nothing, so it never overwrites.
  return { draft, base: draft.base ?? { revision: -1, json: null } };
}
