import type { ReferenceEntry } from './record';

/** Whether an entry says what the work is: a record needs a title or an abstract. */
export function hasTitleOrAbstract(entry: ReferenceEntry): boolean {
  return (entry.title ?? '').trim() !== '' || (entry.abstract ?? '').trim() !== '';
}
