// Checks a backup's rows against the schema of the version the backup was made at.

import { ABSTRACT_SHAPES } from './row-shapes/abstracts';
import { CAPTURE_SHAPES } from './row-shapes/captures';
import { faultMessage, type Check } from './row-shapes/checks';
import { LIBRARY_SHAPES } from './row-shapes/library';
import { LINK_SHAPES } from './row-shapes/links';
import { NOTE_SHAPES } from './row-shapes/notes';
import { ORGANIZE_SHAPES } from './row-shapes/organize';
import { SCREENING_SHAPES } from './row-shapes/screening';
import { backupTablesAt } from './tables';

/** Null when the row is exactly what its table stores at that version; otherwise what is wrong, naming the field. */
export type RowCheck = (row: unknown) => string | null;

const SHAPES: Readonly<Record<string, (version: number) => Check>> = {
  ...CAPTURE_SHAPES,
  ...ABSTRACT_SHAPES,
  ...NOTE_SHAPES,
  ...ORGANIZE_SHAPES,
  ...LINK_SHAPES,
  ...LIBRARY_SHAPES,
  ...SCREENING_SHAPES,
};

function rowCheckOf(check: Check): RowCheck {
  return (row) => {
    const fault = check(row);
    return fault === null ? null : faultMessage(fault);
  };
}

/** Per version (the array index), each backed-up table's check, built on first use. */
const built: (Map<string, RowCheck> | undefined)[] = [];

function checksAt(version: number): Map<string, RowCheck> {
  const known = built[version];
  if (known !== undefined) return known;
  const checks = new Map<string, RowCheck>();
  for (const table of backupTablesAt(version)) {
    const shape = SHAPES[table];
    if (shape === undefined) throw new Error(`No row shape is declared for the table “${table}”.`);
    checks.set(table, rowCheckOf(shape(version)));
  }
  built[version] = checks;
  return checks;
}

/**
 * The check of `table`'s rows at schema `version`, to run on every row of a table. Throws when the
 * version is unknown or a backup of that version has no such table.
 */
export function rowCheckFor(table: string, version: number): RowCheck {
  const check = (built[version] ?? checksAt(version)).get(table);
  if (check === undefined) throw new Error(`A backup of schema version ${version} has no table “${table}”.`);
  return check;
}

/**
 * Null when `row` is exactly what `table` stores at schema `version`, otherwise a short message
 * naming the field and what is wrong, e.g. `field “abstractId” must be a whole number, got "x"`.
 */
export function checkRow(table: string, version: number, row: unknown): string | null {
  return rowCheckFor(table, version)(row);
}
