import type { Creator, Entry } from '@retorquere/bibtex-parser';
import { creatorNames } from './creators';
import type { TextCleaner } from './text-cleaner';
import { MATH_FIELDS } from './text-cleaner';
import { unescapeVerbatim } from './verbatim-escapes';

/** One parsed entry's values as record text, by lower-case field name. */
export interface EntryValues {
  type: string;
  key: string;
  /** Single values as plain text (title and abstract in the app's math convention). */
  text: Map<string, string>;
  /** Person lists (`author`, `editor`…) as "Given Family" names. */
  names: Map<string, string[]>;
  /** Literal lists (`publisher`, `location`…) and the keywords. */
  lists: Map<string, string[]>;
}

/**
 * Reads a parsed entry. `replacements` are final texts for fields read again apart (math kept, percent
 * signs kept); the parser's own value stands for every other field. Fields inherited through crossref
 * carry no parse mode, so values are told apart by shape.
 */
export function readEntryValues(
  entry: Entry,
  clean: TextCleaner,
  replacements?: ReadonlyMap<string, string>,
): EntryValues {
  const values: EntryValues = {
    type: entry.type,
    key: entry.key,
    text: new Map(),
    names: new Map(),
    lists: new Map(),
  };
  for (const [field, value] of Object.entries(entry.fields as Record<string, unknown>)) {
    if (typeof value === 'string') {
      values.text.set(
        field,
        replacements?.get(field) ?? readText(field, value, entry.mode[field] === 'verbatim', clean),
      );
    } else if (Array.isArray(value)) {
      if (value.every(isCreator)) values.names.set(field, creatorNames(value, clean.plain));
      else
        values.lists.set(
          field,
          value.filter((item): item is string => typeof item === 'string').map(clean.plain),
        );
    }
  }
  return values;
}

function readText(field: string, value: string, verbatim: boolean, clean: TextCleaner): string {
  if (MATH_FIELDS.has(field)) return clean.withMath(value);
  return unescapeVerbatim(field, verbatim ? clean.verbatim(value) : clean.plain(value));
}

function isCreator(value: unknown): value is Creator {
  return typeof value === 'object' && value !== null;
}
