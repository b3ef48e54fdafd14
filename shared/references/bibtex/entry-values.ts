import type { Creator, Entry } from '@retorquere/bibtex-parser';
import { creatorNames } from './creators';
import type { StandIns, TextCleaner } from './text-cleaner';
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

/** What an entry's math stand-ins become: `$…$` in title and abstract, as written in verbatim fields, Unicode elsewhere. */
export interface EntryMath {
  dollars: StandIns;
  raw: StandIns;
  unicode: StandIns;
}

/**
 * Reads a parsed entry. Fields inherited through crossref carry no parse mode, so values are told
 * apart by shape.
 */
export function readEntryValues(entry: Entry, clean: TextCleaner, math?: EntryMath): EntryValues {
  const values: EntryValues = {
    type: entry.type,
    key: entry.key,
    text: new Map(),
    names: new Map(),
    lists: new Map(),
  };
  const plain = (text: string): string => clean.plain(text, math?.unicode);
  for (const [field, value] of Object.entries(entry.fields as Record<string, unknown>)) {
    if (typeof value === 'string') {
      values.text.set(field, readText(field, value, entry.mode[field] === 'verbatim', clean, math));
    } else if (Array.isArray(value)) {
      if (value.every(isCreator)) values.names.set(field, creatorNames(value, plain));
      else
        values.lists.set(field, value.filter((item): item is string => typeof item === 'string').map(plain));
    }
  }
  return values;
}

function readText(
  field: string,
  value: string,
  verbatim: boolean,
  clean: TextCleaner,
  math?: EntryMath,
): string {
  if (MATH_FIELDS.has(field)) return clean.withMath(value, math?.dollars);
  if (verbatim) return unescapeVerbatim(field, clean.verbatim(value, math?.raw));
  return unescapeVerbatim(field, clean.plain(value, math?.unicode));
}

function isCreator(value: unknown): value is Creator {
  return typeof value === 'object' && value !== null;
}
