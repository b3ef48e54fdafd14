import type { AnchorSelectors, AnchorState, HighlightColor } from '../../anchoring/types';
import type { ExportEntry } from '../types';

/** A note's or comment's content: Lexical's saved state (null when never edited) and its plain text. */
export interface ExportRichText {
  json: string | null;
  text: string;
}

/** A highlight with its comment and where it stands in the abstract's text. */
export interface ExportHighlight {
  id: number;
  abstractId: number;
  selectors: AnchorSelectors;
  color: HighlightColor;
  comment: ExportRichText;
  state: AnchorState;
  confidence: number | null;
  createdAt: number;
  updatedAt: number;
}

/** The note on one abstract. */
export interface ExportAbstractNote extends ExportRichText {
  id: number;
  abstractId: number;
  createdAt: number;
  updatedAt: number;
}

/** A typed link between two abstracts, with how it reads from each side. */
export interface ExportLink {
  id: number;
  fromId: number;
  toId: number;
  /** How it reads from its source: "extends". */
  label: string;
  /** How it reads from its target: "extended by" (the label again for a symmetric type). */
  inverseLabel: string;
  /** The user's note on the link; "" when none. */
  note: string;
}

/** A standalone note; its mentions are in `json`. */
export interface ExportSynthesisNote extends ExportRichText {
  id: number;
  title: string;
  createdAt: number;
  updatedAt: number;
}

export interface ExportListItem {
  abstractId: number;
  note: string;
}

/** A reading list, its items in list order. */
export interface ExportReadingList {
  id: number;
  name: string;
  items: ExportListItem[];
}

/**
 * Everything the vault and the annotation exports read, gathered by renderer/db/export for a set of
 * abstracts (the library, or a view). Abstracts outside the set appear only by their display title.
 */
export interface LibraryExportInput {
  entries: ExportEntry[];
  /** Each abstract's highlights in text order, orphans last. */
  highlights: ExportHighlight[];
  notes: ExportAbstractNote[];
  /** Links with at least one end in `entries` (mentions excluded: they live in the notes' text). */
  links: ExportLink[];
  synthesisNotes: ExportSynthesisNote[];
  lists: ExportReadingList[];
  /** Display titles of abstracts a link or a list reaches that are not in `entries`. */
  outsideTitles: ReadonlyMap<number, string>;
}

/** One file of a vault, its path relative to the vault's folder (always `/`-separated). */
export interface VaultFile {
  path: string;
  text: string;
}
