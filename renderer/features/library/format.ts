import type { AbstractRow } from '../../db/schema/row-types';

/** "A, B and C · 2021", or whichever parts exist; empty when neither is known. */
export function bylineText(row: Pick<AbstractRow, 'authors' | 'year'>): string {
  const parts = [row.authors.join(', '), row.year === null ? '' : String(row.year)];
  return parts.filter((part) => part !== '').join(' · ');
}

export function countLabel(count: number, noun: string): string {
  return `${count.toLocaleString('en-US')} ${noun}${count === 1 ? '' : 's'}`;
}
