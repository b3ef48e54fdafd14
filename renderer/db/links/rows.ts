/** Who made a link: the user (Link to…), a mention in a note or comment, or the importer (same page). */
export type LinkOrigin = 'user' | 'note' | 'import';

/** A typed, directed link between two abstracts. */
export interface LinkRow {
  id: number;
  /** Since version 14: the id every device knows this row by (shared/sync/uids.ts). */
  uid: string;
  /** The abstract the link starts from; null for a mention in a standalone (synthesis) note. */
  fromId: number | null;
  toId: number;
  /** A built-in type id (related, supports, …, "on the same page") or a user-defined type's id. */
  type: string;
  origin: LinkOrigin;
  /** The note a mention lives in (origin "note"); null otherwise. */
  noteId: number | null;
  /** The highlight whose comment holds the mention (origin "note"); null otherwise. */
  annotationId: number | null;
  /** The user's optional note on a link made with Link to…; empty for others. */
  note: string;
  /** For a mention: the sentence around it, shown as context in Backlinks. */
  context: string | null;
  createdAt: number;
}

/** A link type the user added. Built-in types are not stored. */
export interface LinkTypeRow {
  id: string;
  /** Since version 14: the id every device knows this row by (shared/sync/uids.ts). */
  uid: string;
  label: string;
  /** The label shown on the other side, e.g. "extended by"; null for a symmetric type. */
  inverseLabel: string | null;
  color: string;
}
