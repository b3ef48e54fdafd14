/** Where the user is with an abstract. */
export type Status = 'unread' | 'reading' | 'read';

export const STATUS_VALUES: readonly Status[] = ['unread', 'reading', 'read'];

/** A tag: a `/`-separated path such as `theory/optimization/sgd`, with an optional colour. */
export interface TagRow {
  id: number;
  /** Since version 14: the id every device knows this row by (shared/sync/uids.ts). */
  uid: string;
  path: string;
  color: string | null;
}

/** One tag on one abstract. */
export interface AbstractTagRow {
  abstractId: number;
  tagId: number;
}

export interface ListRow {
  id: number;
  /** Since version 14: the id every device knows this row by (shared/sync/uids.ts). */
  uid: string;
  name: string;
  createdAt: number;
}

/** An abstract on a reading list; `order` is a fractional-indexing key, `note` says why it is there. */
export interface ListItemRow {
  id: number;
  /** Since version 14: the id every device knows this row by (shared/sync/uids.ts). */
  uid: string;
  listId: number;
  abstractId: number;
  order: string;
  note: string;
}

/** A tag in the sidebar tree; `count` is the abstracts carrying it or any descendant. */
export interface TagNode {
  tag: TagRow;
  /** The last path segment. */
  name: string;
  count: number;
  children: TagNode[];
}

export interface ListSummary extends ListRow {
  total: number;
  read: number;
}

export interface StatusCounts {
  unread: number;
  reading: number;
  read: number;
  starred: number;
}

/** The list's conditions; every one given must hold (AND). A tag includes its descendants. */
export interface LibraryFilter {
  tagId?: number;
  status?: Status;
  captureHash?: string;
  listId?: number;
  starred?: boolean;
}

export interface Settings {
  /** Opening an unread abstract marks it Reading. Off by default. */
  markReadingOnOpen: boolean;
}
