/** A saved search (smart collection): a query the sidebar keeps, with a live count. */
export interface SavedSearchRow {
  id: number;
  name: string;
  query: string;
  createdAt: number;
}
