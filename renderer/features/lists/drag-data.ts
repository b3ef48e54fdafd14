/** The drag-and-drop type that carries abstract ids from the list to a reading list. */
export const ABSTRACTS_MIME = 'application/x-lectern-abstract-ids';
/** The type that carries one reading-list item while it is reordered. */
export const LIST_ITEM_MIME = 'application/x-lectern-list-item';

export function encodeIds(ids: readonly number[]): string {
  return ids.join(',');
}

export function decodeIds(data: string): number[] {
  return data
    .split(',')
    .map(Number)
    .filter((id) => Number.isInteger(id) && id > 0);
}
