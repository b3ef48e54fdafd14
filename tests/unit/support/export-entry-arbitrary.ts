// Random export entries whose text is in the form the library stores (what a reader hands back):
// NFC, single spaces, paragraphs split by one blank line, math on one line, a literal dollar sign as `\$`.

import fc from 'fast-check';
import { normalizeArxiv } from '../../../shared/identifiers/arxiv';
import { normalizeDoi } from '../../../shared/identifiers/doi';
import type { ExportEntry } from '../../../shared/export/types';

/** Words and symbols that break naive writers: accents, scripts without case, TeX specials, braces, math. */
const TEXT_PIECES = [
  'gradient',
  'descent',
  'Deep',
  'Learning',
  'RNN',
  'RNNs',
  'iPhone',
  'McDonald',
  'Paris',
  'Müller',
  'Ångström',
  'naïve',
  'Épreuve',
  'façade',
  'Straße',
  'Ωmega',
  'Σύνοψη',
  'Привет',
  'التعلّم العميق',
  'نظرية',
  '深度学习',
  '😀',
  '50%',
  '&',
  'AT&T',
  '#1',
  'snake_case',
  '~tilde',
  'x^y',
  '{odd}',
  '{',
  '}',
  '{{nested} braces}',
  '\\back',
  'C:\\path',
  '\\$5',
  'costs \\$10',
  '"quoted"',
  'it\'s',
  "''double''",
  '`back`',
  'a--b',
  '1990---2000',
  '¿Qué?',
  '<tag>',
  'a > b',
  '@home',
  '(parens)',
  '[brackets]',
  'e.g.',
  ':',
  '$x_1$',
  '$\\frac{a}{b}$',
  '$O(n^2)$',
  '$\\alpha + \\beta$',
  '$\\{x\\}$',
  '$$E = mc^2$$',
  '$50\\%$',
] as const;

const GIVEN = ['Jan', 'John', 'Mary Ann', 'Jean-Paul', 'Ångström', 'José', 'bell', 'Zoë', 'محمد', 'Ann', 'J.', 'J. R. R.', 'Łukasz'] as const;
const PARTICLES = ['van', 'van der', 'de', 'von', 'de la', 'di', 'du'] as const;
const FAMILY = ['Berg', 'Smith', 'Müller', 'hooks', "O'Brien", "d'Alembert", 'García Márquez', 'Nguyễn', 'Ødegård', 'علي', 'Lee-Park', 'Straße'] as const;
const SUFFIXES = ['Jr.', 'Sr.', 'III'] as const;
const WHOLE_NAMES = [
  'World Health Organization',
  'Procter & Gamble',
  'ATLAS Collaboration',
  'NASA',
  'Bill and Melinda Gates Foundation',
  'Plato',
  '王小明',
  'Institute of Electrical Engineers',
] as const;
const TAG_SEGMENTS = ['theory', 'sgd', 'deep learning', 'Ökonomie', 'TCP∕IP', 'C++', 'R&D', '50%', 'snake_case', '$money', '{braced}', '#hash', 'x^2', 'tilde~', 'back\\slash', 'تعلم', '深度', 'to read'] as const;
const TYPES = [null, 'article-journal', 'paper-conference', 'book', 'chapter', 'thesis', 'report', 'article', 'webpage', 'dataset', 'manuscript'] as const;

/** Printable ASCII but `$` (a bare one would be math, and the library stores a literal one as `\$`). */
const asciiPiece = fc.string({ unit: fc.constantFrom(...[...Array(94).keys()].map((code) => String.fromCharCode(33 + code)).filter((char) => char !== '$')), minLength: 1, maxLength: 6 });
/** Any grapheme the library keeps as it is: no blank space, control, format or private-use character; NFC. */
const graphemePiece = fc
  .string({ unit: 'grapheme', minLength: 1, maxLength: 4 })
  .filter((piece) => piece === piece.normalize('NFC') && !/[\s\p{C}$]/u.test(piece));
/** A line of text: pieces joined by single spaces. */
const line = fc
  .array(fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...TEXT_PIECES) }, { weight: 1, arbitrary: asciiPiece }, { weight: 1, arbitrary: graphemePiece }), { minLength: 1, maxLength: 8 })
  .map((pieces) => pieces.join(' '));
/** Up to three paragraphs, one blank line between them. */
const abstract = fc.oneof(fc.constant(''), fc.array(line, { minLength: 1, maxLength: 3 }).map((paragraphs) => paragraphs.join('\n\n')));

const person = fc
  .record({
    given: fc.option(fc.constantFrom(...GIVEN), { nil: null }),
    particle: fc.option(fc.constantFrom(...PARTICLES), { nil: null }),
    family: fc.constantFrom(...FAMILY),
    suffix: fc.option(fc.constantFrom(...SUFFIXES), { freq: 4, nil: null }),
  })
  .map(({ given, particle, family, suffix }) => [given, particle, family, suffix].filter((part) => part !== null).join(' '));
/** Distinct names: readers drop a repeated author. */
const authors = fc.uniqueArray(fc.oneof({ weight: 3, arbitrary: person }, { weight: 1, arbitrary: fc.constantFrom(...WHOLE_NAMES) }), { maxLength: 5 });

const keyChars = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_:.-');
const citationKey = fc
  .tuple(fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz'), fc.string({ unit: keyChars, maxLength: 16 }))
  .map(([first, rest]) => first + rest);

const doi = fc
  .tuple(fc.integer({ min: 1000, max: 99999 }), fc.array(fc.constantFrom('abc', '123', '.', '_', '-', '(2)', ';', ':', '/', 'x<1>', 'jmlr'), { minLength: 1, maxLength: 5 }))
  .map(([registrant, parts]) => normalizeDoi(`10.${registrant}/${parts.join('')}z9`))
  .filter((value): value is string => value !== null && !value.startsWith('10.48550/'));

const url = fc
  .tuple(
    fc.constantFrom('https://example.org', 'http://papers.example.com', 'https://www.uni-müller.de'),
    fc.array(fc.constantFrom('/a', '/b_c', '/~user', '/x%20y', '/100%', '?q=1', '&r=2', '#frag', '/$price', '/a-b.pdf'), { maxLength: 5 }),
  )
  .map(([host, parts]) => host + parts.join(''));

const arxiv = fc
  .oneof(
    fc.tuple(fc.integer({ min: 7, max: 25 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 99_999 })).map(
      ([year, month, number]) => `${String(year).padStart(2, '0')}${String(month).padStart(2, '0')}.${String(number).padStart(5, '0')}`,
    ),
    fc.constantFrom('hep-th/9901001', 'math.GT/0309136'),
  )
  .map((id) => normalizeArxiv(id))
  .filter((id): id is string => id !== null);

const venue = fc
  .array(fc.constantFrom('Journal', 'of', 'Machine', 'Learning', 'Research', '&', 'Proc.', 'NeurIPS', 'Zeitschrift für', '50%', 'C_1', '{x}', '$5', 'Ångström', 'مجلة'), {
    minLength: 1,
    maxLength: 5,
  })
  .map((words) => words.join(' '));

const tagPath = fc.array(fc.constantFrom(...TAG_SEGMENTS), { minLength: 1, maxLength: 3 }).map((segments) => segments.join('/'));
const tags = fc.uniqueArray(tagPath, { maxLength: 4 }).map((paths) => [...paths].sort());

const fields = fc.record(
  { volume: fc.integer({ min: 1, max: 300 }).map(String), pages: fc.constantFrom('1-10', '101–120', 'e1234'), publisher: venue },
  { requiredKeys: [] },
);

function orNull<T>(arbitrary: fc.Arbitrary<T>): fc.Arbitrary<T | null> {
  return fc.option(arbitrary, { nil: null });
}

/** One export entry with a title or an abstract (a reader skips an entry with neither). */
export const exportEntry: fc.Arbitrary<ExportEntry> = fc
  .record({
    citationKey,
    title: orNull(line),
    authors,
    year: orNull(fc.integer({ min: 1900, max: 2099 })),
    abstract,
    doi: orNull(doi),
    arxiv: orNull(arxiv),
    url: orNull(url),
    venue: orNull(venue),
    type: fc.constantFrom(...TYPES),
    tags,
    fields,
  })
  .filter((entry) => entry.title !== null || entry.abstract !== '')
  .map((entry) => ({
    ...entry,
    id: 1,
    displayTitle: entry.title ?? entry.abstract.slice(0, 60),
    keywords: [],
    status: 'unread' as const,
    starred: false,
    addedAt: 1_700_000_000_000,
    updatedAt: 1_700_000_000_000,
  }));

/** A few entries with distinct citation keys, as one export file holds them. */
export const exportEntries: fc.Arbitrary<ExportEntry[]> = fc
  .uniqueArray(exportEntry, { minLength: 1, maxLength: 4, selector: (entry) => entry.citationKey })
  .map((entries) => entries.map((entry, index) => ({ ...entry, id: index + 1 })));
