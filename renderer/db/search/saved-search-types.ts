/** A saved search (smart collection): a query the sidebar keeps, with a live count. */
export interface SavedSearchRow {
  id: number;
  /** Since version 14: the id every device knows this row by (shared/sync/uids.ts). */
  uid: string;
  name: string;
  query: string;
  createdAt: number;
}
