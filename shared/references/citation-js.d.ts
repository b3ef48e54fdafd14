// Types for the parts of @citation-js that the RIS reader imports directly (the packages ship none).

declare module '@citation-js/core/lib/util/translator.js' {
  export interface Converter {
    toTarget?: (...values: unknown[]) => unknown;
    toSource?: (...values: unknown[]) => unknown;
    /** The converter takes every source value, not just the first one present. */
    keepAll?: boolean;
  }
  /** One mapping of a spec: RIS tag(s) to CSL field(s), under conditions on either side. */
  export interface Mapping {
    source?: string | string[];
    target?: string | string[];
    convert?: Converter;
    when?: unknown;
  }
  export class Translator {
    constructor(mappings: readonly Mapping[]);
    convertToTarget(input: Readonly<Record<string, string | string[]>>): Record<string, unknown>;
  }
}

declare module '@citation-js/plugin-ris/lib/spec/index.js' {
  import type { Mapping } from '@citation-js/core/lib/util/translator.js';
  /** `new` is the 2011 RIS spec, `old` the one before; `mixed` is the new spec plus the old tags still in use. */
  export const SPECS: { new: Mapping[]; old: Mapping[]; mixed: Mapping[] };
}

declare module '@citation-js/plugin-ris/lib/converters.js' {
  import type { Converter } from '@citation-js/core/lib/util/translator.js';
  const converters: Record<'ANY' | 'PAGE' | 'ISBN' | 'DATE' | 'YEAR' | 'DATE_YEAR' | 'NAME' | 'KEYWORD' | 'ID' | 'TYPE' | 'DOI', Converter>;
  export default converters;
}
