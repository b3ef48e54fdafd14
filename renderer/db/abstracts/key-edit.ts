import { displayTitle } from '../../../shared/text/display-title';
import { freeDefaultKey, keyUsers } from './citation-keys';
import { getAbstract } from './records';
import type { LecternDB } from '../schema/database';
import type { AbstractDetails, AbstractRow } from '../schema/row-types';

/**
 * The edited details with their citation key settled, read inside the edit's transaction: a blank
 * key means the default key (made unique), since every abstract has one; a key another abstract
 * has is refused with an Error naming that abstract. Details without a key pass as they are.
 */
export async function settleKey(row: AbstractRow, details: Partial<AbstractDetails>, database: LecternDB): Promise<Partial<AbstractDetails>> {
  if (details.citationKey === undefined) return details;
  if (details.citationKey === null) return { ...details, citationKey: await freeDefaultKey({ ...row, ...details }, row.id, database) };
  await refuseTakenKey(details.citationKey, row.id, database);
  return details;
}

/** Throws when an abstract other than `ownId` has `key`; call inside the transaction that sets it. */
export async function refuseTakenKey(key: string | null | undefined, ownId: number, database: LecternDB): Promise<void> {
  if (key === null || key === undefined) return;
  const other = (await keyUsers(key, database)).find((id) => id !== ownId);
  if (other === undefined) return;
  const holder = await getAbstract(other, database);
  const title = holder === undefined ? `abstract ${other}` : displayTitle(holder);
  throw new Error(`The citation key “${key}” is already used by “${title}”. Choose another key.`);
}
