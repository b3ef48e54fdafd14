import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { risToCsl } from '../../../../shared/references/ris-csl';
import type { RisTags } from '../../../../shared/references/ris-csl';

// citation-js's own RIS reader, loaded whole (with its Cite machinery) only here, in Node.
const require = createRequire(import.meta.url);
const { parseMixed } = require('@citation-js/plugin-ris/lib/ris.js') as { parseMixed: (tags: RisTags) => Record<string, unknown> };
const { RIS: RIS_TYPES } = require('@citation-js/plugin-ris/lib/spec/types.json') as { RIS: Record<string, string> };

/** A record carrying most tags, so that every type's mappings have something to read. */
function recordOfType(type: string): RisTags {
  return {
    TY: type,
    TI: 'A title',
    T1: 'An old title',
    T2: 'A secondary title',
    T3: 'A tertiary title',
    AU: ['Smith, John', 'Doe, A.'],
    A2: ['Editor, Ed'],
    AB: 'An abstract.',
    N2: 'Another abstract.',
    PY: '2019',
    DA: '2019/05/01/',
    Y1: '2018///',
    Y2: '2020/01/02/',
    JO: 'J. Abbr.',
    JF: 'Journal Full',
    VL: '3',
    IS: '2',
    SP: '10',
    EP: '20',
    SN: '1234-5678',
    PB: 'A publisher',
    CY: 'A city',
    DO: 'https://doi.org/10.1000/xyz',
    UR: 'https://example.org/paper',
    LA: 'English',
    N1: 'A note',
    M1: '7',
    M3: 'Article',
    C3: 'Proceedings',
    ET: '2nd',
    ID: 'key1',
  };
}

describe('risToCsl', () => {
  it.each(Object.keys(RIS_TYPES))('maps a %s record exactly as citation-js’s own RIS reader does', (type) => {
    const tags = recordOfType(type);
    expect(risToCsl(tags).item).toEqual(parseMixed(tags));
  });

  it('names the tags the spec leaves unread for the type', () => {
    const { unreadTags } = risToCsl({ TY: 'JOUR', TI: 'T', PB: 'P', AD: 'An address', XX: 'unknown' });
    expect(unreadTags.sort()).toEqual(['AD', 'PB', 'XX']);
  });
});
