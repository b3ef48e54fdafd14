import { mergeRichText } from '../../../shared/rich-text/merge';
import { plainTextOf } from '../links/mention-extract';

/** What an editor last saw of the stored text: the revision its edits start from, and that text. */
export interface EditBase {
  revision: number;
  json: string | null;
}

/**
 * Which editor saved a text, and when it read that content from itself. One editor's saves form one
 * line of history, so a draft it left behind can be told apart from text saved after it.
 */
export interface SaveStamp {
  writer: string;
  at: number;
}

/** An editor's content, and the stored revision it was edited from. */
export interface RichTextEdit {
  json: string;
  text: string;
  base: EditBase;
  stamp?: SaveStamp;
}

/**
 * What a save stored. `saved`: exactly the editor's content. `merged`: the stored text had changed
 * since the editor's base, so the editor's edits were merged into it; `json` is what is stored now.
 * Where both sides changed the same paragraphs both versions are kept, and `theirVersions` lists the
 * other side's blocks (empty after a clean merge).
 */
export type SaveOutcome =
  | { kind: 'saved'; revision: number; json: string }
  | { kind: 'merged'; revision: number; json: string; theirVersions: string[] }
  | { kind: 'gone' };

export interface StoredRichText {
  json: string | null;
  text: string;
  revision: number;
  savedBy?: SaveStamp;
}

/** The stored text as an editor follows it, from a note row or a comment. */
export function storedContentOf(row: { json: string | null; revision?: number; savedBy?: SaveStamp }): {
  json: string | null;
  revision: number;
  savedBy?: SaveStamp;
} {
  return row.savedBy ? { json: row.json, revision: revisionOf(row), savedBy: row.savedBy } : { json: row.json, revision: revisionOf(row) };
}

/** Rows written before revisions existed count as revision 0: no index needs them, so no upgrade rewrites them. */
export function revisionOf(row: { revision?: number }): number {
  return row.revision ?? 0;
}

/**
 * A compare-and-set save, decided: when the stored revision is still the editor's base, the edit is
 * written as is; otherwise it is merged with what is stored, so a save never overwrites text it has
 * not seen. `write` is null when the stored row is already right.
 */
export function resolveEdit(
  stored: StoredRichText,
  edit: RichTextEdit,
): { write: StoredRichText | null; outcome: SaveOutcome } {
  if (stored.revision === edit.base.revision) {
    const unchanged = stored.json === edit.json && stored.text === edit.text;
    const revision = unchanged ? stored.revision : stored.revision + 1;
    return {
      write: unchanged ? null : { json: edit.json, text: edit.text, revision, ...stampOf(edit) },
      outcome: { kind: 'saved', revision, json: edit.json },
    };
  }
  const merge = mergeRichText(edit.base.json, edit.json, stored.json);
  if (merge.json === stored.json) {
    return {
      write: null,
      outcome: {
        kind: 'merged',
        revision: stored.revision,
        json: merge.json,
        theirVersions: merge.theirVersions,
      },
    };
  }
  const revision = stored.revision + 1;
  const text = merge.json === edit.json ? edit.text : plainTextOf(merge.json);
  return {
    write: { json: merge.json, text, revision, ...stampOf(edit) },
    outcome: { kind: 'merged', revision, json: merge.json, theirVersions: merge.theirVersions },
  };
}

function stampOf(edit: RichTextEdit): { savedBy?: SaveStamp } {
  return edit.stamp ? { savedBy: edit.stamp } : {};
}
