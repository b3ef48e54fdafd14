import type { EntryValues } from './entry-values';

/** An entry's values, taken one by one for the record's named fields; what is left becomes `fields`. */
export class FieldBag {
  private readonly taken = new Set<string>();

  constructor(private readonly values: EntryValues) {}

  peek(field: string): string | undefined {
    const value = this.values.text.get(field);
    return value === undefined || value === '' ? undefined : value;
  }

  take(field: string): string | undefined {
    const value = this.peek(field);
    if (value !== undefined) this.taken.add(field);
    return value;
  }

  takeNames(field: string): string[] | undefined {
    const names = this.values.names.get(field);
    if (names !== undefined) this.taken.add(field);
    return names;
  }

  takeList(field: string): string[] | undefined {
    const list = this.values.lists.get(field);
    if (list !== undefined) this.taken.add(field);
    return list;
  }

  markTaken(...fields: string[]): void {
    for (const field of fields) this.taken.add(field);
  }

  /** Every field not taken, as text: names joined with "; ", publishers and places with " and ". */
  rest(): Record<string, string> {
    const rest: Record<string, string> = {};
    const add = (field: string, value: string): void => {
      if (!this.taken.has(field) && value !== '') rest[field] = value;
    };
    for (const [field, value] of this.values.text) add(field, value);
    for (const [field, names] of this.values.names) add(field, names.join('; '));
    for (const [field, list] of this.values.lists)
      add(field, list.filter((item) => item !== '').join(' and '));
    return rest;
  }
}
