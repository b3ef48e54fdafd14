import { slugify } from '../../../shared/text/slug';
import { db as appDb, type LecternDB } from '../schema/database';
import { allLinkTypes, USER_TYPE_COLORS } from './link-types';
import type { LinkTypeRow } from './rows';
import { LinkError } from './links';
import type { Reversible } from '../undo/reversible';
import { linkTypeUid } from '../../../shared/sync/uids';

export interface NewLinkTypeInput {
  label: string;
  /** The label on the other side; empty or missing for a symmetric type. */
  inverseLabel?: string | null;
}

export interface LinkTypeChange extends Reversible {
  type: LinkTypeRow;
}

/** Adds a user-defined link type; refuses an empty label or one any type already uses. */
export async function addLinkType(input: NewLinkTypeInput, database: LecternDB = appDb): Promise<LinkTypeChange> {
  const label = input.label.trim().replace(/\s+/g, ' ');
  const inverse = (input.inverseLabel ?? '').trim().replace(/\s+/g, ' ');
  if (label === '') throw new LinkError('A link type needs a name.');
  const type = await database.transaction('rw', database.linkTypes, async () => {
    const userTypes = await database.linkTypes.toArray();
    const taken = allLinkTypes(userTypes).some((known) => known.label.toLowerCase() === label.toLowerCase());
    if (taken) throw new LinkError(`There is already a link type "${label}".`);
    const base = `user:${slugify(label) || 'type'}`;
    let id = base;
    for (let n = 2; userTypes.some((row) => row.id === id); n += 1) id = `${base}-${n}`;
    const row: LinkTypeRow = {
      id,
      uid: linkTypeUid(label),
      label,
      inverseLabel: inverse === '' || inverse.toLowerCase() === label.toLowerCase() ? null : inverse,
      color: USER_TYPE_COLORS[userTypes.length % USER_TYPE_COLORS.length] ?? '#8d8d8d',
    };
    await database.linkTypes.add(row);
    return row;
  });
  return {
    type,
    undo: () => database.transaction('rw', database.linkTypes, () => database.linkTypes.delete(type.id)),
    redo: () => database.transaction('rw', database.linkTypes, async () => {
      await database.linkTypes.put(type);
    }),
  };
}

export function queryLinkTypes(database: LecternDB = appDb): Promise<LinkTypeRow[]> {
  return database.linkTypes.toArray();
}
