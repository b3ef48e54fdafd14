import type { ReasonCount } from './types';

/** "E1 Wrong population", or the bare label of the no-reason bucket and of a code without a label. */
export function reasonText(reason: ReasonCount): string {
  if (reason.code === null) return reason.label;
  return reason.label.trim() === '' ? reason.code : `${reason.code} ${reason.label}`;
}
