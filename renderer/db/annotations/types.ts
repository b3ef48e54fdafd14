import type { AnchorSelectors, AnchorState, HighlightColor } from '../../../shared/anchoring/types';
import type { SaveStamp } from '../notes/rich-text-save';

export { HIGHLIGHT_COLORS, isHighlightColor } from '../../../shared/anchoring/types';
export type { AnchorSelectors, AnchorState, HighlightColor } from '../../../shared/anchoring/types';

/** Rich text as Lexical's serialized editor state, with its plain text beside it for search. */
export interface RichText {
  /** JSON.stringify of a SerializedEditorState; null until the user writes something. */
  json: string | null;
  text: string;
  /** Bumped by every content save, so a save can tell whether the text changed since its editor read it (absent: 0). */
  revision?: number;
  /** The editor save that wrote this text last, when it came from an editor. */
  savedBy?: SaveStamp;
}

/**
 * A highlight on an abstract's stored text. `selectors.position` is where it stands now (valid unless
 * orphaned); `selectors.quote.exact` is the text the user highlighted, kept when it cannot be placed.
 */
export interface AnnotationRow {
  id: number;
  /** Since version 14: the id every device knows this row by (shared/sync/uids.ts). */
  uid: string;
  abstractId: number;
  selectors: AnchorSelectors;
  color: HighlightColor;
  comment: RichText;
  state: AnchorState;
  /** 1 when anchored; the match score when moved; null when orphaned. */
  confidence: number | null;
  createdAt: number;
  updatedAt: number;
}

/** A rich note: one per abstract, or standalone (a synthesis note, abstractId null). */
export interface NoteRow {
  id: number;
  /** Since version 14: the id every device knows this row by (shared/sync/uids.ts). */
  uid: string;
  abstractId: number | null;
  title: string | null;
  json: string | null;
  text: string;
  /** Bumped by every content save (absent: 0); see RichText.revision. */
  revision?: number;
  savedBy?: SaveStamp;
  createdAt: number;
  updatedAt: number;
}
