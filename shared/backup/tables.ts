// TEMPORARY stand-in until the per-version row shapes land (untracked).
export const LATEST_BACKUP_SCHEMA = 10;
export function backupTablesAt(version: number): readonly string[] {
  if (version < 1 || version > LATEST_BACKUP_SCHEMA) throw new Error(`No schema version ${version}.`);
  return ['captures', 'captureTexts', 'abstracts', 'abstractKeys', 'abstractTexts', 'annotations', 'notes', 'tags', 'abstractTags', 'lists', 'listItems', 'linkTypes', 'links', 'savedSearches', 'meta'];
}
export function checkRow(_table: string, _version: number, row: unknown): string | null {
  return typeof row === 'object' && row !== null ? null : 'not an object';
}
