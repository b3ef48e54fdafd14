import { isUid } from '../../sync/uids';
import type { Check, Fields } from './checks';

/** The schema version whose synced rows carry a uid. */
const UIDS_SINCE = 14;

const uid: Check = (value) => (isUid(value) ? null : { kind: 'wrong', path: '', expected: 'a uid (32 hex digits, after a_, t_ or l_ when derived)', value });

/** The uid field of a synced row, in a backup of schema `version` (none before version 14). */
export function uidField(version: number): Fields {
  return version >= UIDS_SINCE ? { uid } : {};
}
