// A random library at the latest schema, table by table, as a backup holds it: every table used, every reference kept.

import fc from 'fast-check';
import { generateNKeysBetween } from 'fractional-indexing';
import { HIGHLIGHT_COLORS } from '../../../shared/anchoring/types';
import { paragraphsJson, textNode } from './lexical-state';
import { arbitraryScreening } from './screening-arbitrary';

type Row = Record<string, unknown>;

/** The most rows of one table: small libraries keep a property run fast. */
const MAX_ROWS = 8;

/** Pieces of text that break naive handling: Arabic, accents, emoji, math, quotes, backslashes, newlines. */
const AWKWARD = [
  'نظرية التعلّم العميق',
  'تحسين',
  'Épreuve naïve à Zürich',
  'façade',
  '😀',
  '👩🏽‍🔬',
  '$x^2$',
  '$\\frac{a}{b}$',
  '"quoted"',
  '“curly” ‘single’',
  "it's",
  '\\',
  'C:\\path\\n',
  '\n',
  '\n\n',
  '\t',
  ' ',
  'gradient descent',
  'We prove a bound.',
];

/** Text of up to a few awkward pieces and random graphemes (never a lone surrogate). */
const anyText = fc
  .array(fc.oneof(fc.constantFrom(...AWKWARD), fc.string({ unit: 'grapheme', maxLength: 6 })), { maxLength: 5 })
  .map((parts) => parts.join(''));
const someText = anyText.filter((value) => value.trim() !== '');
const timestamp = fc.integer({ min: 1_600_000_000_000, max: 1_900_000_000_000 });
const hex = (length: number) => fc.string({ unit: fc.constantFrom(...'0123456789abcdef'), minLength: length, maxLength: length });
/** Distinct ids, increasing, with gaps: a restore must keep ids, not renumber them. */
const ids = (maxLength: number, minLength = 0) =>
  fc.uniqueArray(fc.integer({ min: 1, max: 400 }), { minLength, maxLength }).map((values) => values.sort((a, b) => a - b));

function pick<T>(values: readonly T[]): fc.Arbitrary<T> {
  return fc.constantFrom(...values);
}

/** Up to `max` of `values`, in their order (or shuffled). */
function someOf<T>(values: readonly T[], max: number, shuffled = false): fc.Arbitrary<T[]> {
  const constraints = { maxLength: Math.min(max, values.length) };
  return shuffled ? fc.shuffledSubarray([...values], constraints) : fc.subarray([...values], constraints);
}

// ——— Rich text, as the editors save it (Lexical JSON); links only to http(s), which the link policy keeps. ———

type Inline = { text: string } | { mention: number; title: string } | { link: string; text: string } | { tex: string } | { linebreak: true };

function inlineJson(piece: Inline): object {
  if ('mention' in piece) return { type: 'mention', version: 1, targetId: piece.mention, title: piece.title };
  if ('link' in piece) return { type: 'link', url: piece.link, rel: null, target: null, title: null, direction: null, format: '', indent: 0, version: 1, children: [textNode(piece.text)] };
  if ('tex' in piece) return { type: 'math', version: 1, tex: piece.tex };
  if ('linebreak' in piece) return { type: 'linebreak', version: 1 };
  return textNode(piece.text);
}

function inlineText(piece: Inline): string {
  if ('mention' in piece) return piece.title;
  if ('tex' in piece) return `$${piece.tex}$`;
  if ('linebreak' in piece) return '\n';
  return piece.text;
}

interface RichText {
  json: string | null;
  text: string;
  /** The abstracts mentioned, in order. */
  mentions: number[];
}

function richTextOf(paragraphs: readonly (readonly Inline[])[]): RichText {
  if (paragraphs.length === 0) return { json: null, text: '', mentions: [] };
  return {
    json: paragraphsJson(paragraphs.map((pieces) => pieces.map(inlineJson))),
    text: paragraphs.map((pieces) => pieces.map(inlineText).join('')).join('\n\n'),
    mentions: paragraphs.flatMap((pieces) => pieces.flatMap((piece) => ('mention' in piece ? [piece.mention] : []))),
  };
}

/** Rich text that may mention the given abstracts (at most two mentions per text). */
function richText(abstractIds: readonly number[]): fc.Arbitrary<RichText> {
  const plain = fc.oneof(
    { weight: 4, arbitrary: someText.map((text): Inline => ({ text })) },
    { weight: 1, arbitrary: fc.tuple(pick(['https://example.org/paper?id=1&v=2', 'http://arxiv.org/abs/2101.00001', 'https://ar.wikipedia.org/wiki/تعلم']), someText).map(([link, text]): Inline => ({ link, text })) },
    { weight: 1, arbitrary: pick(['x^2', '\\alpha + \\beta', 'e^{i\\pi}']).map((tex): Inline => ({ tex })) },
    { weight: 1, arbitrary: fc.constant<Inline>({ linebreak: true }) },
  );
  const mention =
    abstractIds.length === 0 ? plain : fc.tuple(pick(abstractIds), someText).map(([id, title]): Inline => ({ mention: id, title }));
  const paragraph = fc.array(fc.oneof({ weight: 3, arbitrary: plain }, { weight: 1, arbitrary: mention }), { minLength: 1, maxLength: 4 });
  return fc
    .array(paragraph, { maxLength: 3 })
    .filter((paragraphs) => paragraphs.flat().filter((piece) => 'mention' in piece).length <= 2)
    .map(richTextOf);
}

/** The compare-and-set fields a saved note or comment may carry (absent on rows from before revisions). */
const saveFields = fc.record(
  { revision: fc.integer({ min: 1, max: 40 }), savedBy: fc.record({ writer: fc.uuid(), at: timestamp }) },
  { requiredKeys: [] },
);

// ——— Captures and abstracts ———

interface CaptureDraft {
  row: Row;
  pieces: string[];
  length: number;
}

const capture: fc.Arbitrary<CaptureDraft> = fc
  .record({
    hash: hex(64),
    fileName: someText.map((name) => `${name.replace(/[\n\t]/g, ' ').slice(0, 40)}.txt`),
    encoding: pick(['utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be', 'windows-1256', 'windows-1252']),
    layout: pick(['portal', 'blog', 'unknown', 'bibtex', 'ris', 'csl-json', 'csv']),
    warnings: fc.array(someText, { maxLength: 2 }),
    recordCount: fc.integer({ min: 0, max: 30 }),
    importedAt: timestamp,
    pieces: fc.array(someText, { maxLength: 2 }),
  })
  .map(({ pieces, ...row }) => ({ row, pieces, length: pieces.join('').length }));

/** Captures with distinct hashes. */
const captures = fc.uniqueArray(capture, { maxLength: 3, selector: (draft) => draft.row.hash });

/** Sorted, non-overlapping edits inside `text`: the display form's character map. */
function displayOf(text: string): fc.Arbitrary<Row> {
  return fc.uniqueArray(fc.integer({ min: 0, max: text.length }), { maxLength: 4 }).chain((cuts) => {
    const sorted = [...cuts].sort((a, b) => a - b);
    const spans: [number, number][] = [];
    for (let index = 0; index + 1 < sorted.length; index += 2) spans.push([sorted[index] ?? 0, sorted[index + 1] ?? 0]);
    return fc.array(anyText, { minLength: spans.length, maxLength: spans.length }).map((inserts) => {
      const edits = spans.map(([start, end], index) => ({ start, end, insert: inserts[index] ?? '' }));
      let display = '';
      let at = 0;
      for (const edit of edits) {
        display += text.slice(at, edit.start) + edit.insert;
        at = edit.end;
      }
      return { text: display + text.slice(at), edits };
    });
  });
}

function sourceOf(captureList: readonly CaptureDraft[]): fc.Arbitrary<Row> {
  return pick(captureList).chain((draft) =>
    fc
      .tuple(fc.integer({ min: 0, max: draft.length }), fc.integer({ min: 0, max: draft.length }), pick(['main', 'related', 'entry']))
      .map(([a, b, role]) => ({ captureHash: draft.row.hash, role, start: Math.min(a, b), end: Math.max(a, b) })),
  );
}

interface AbstractDraft {
  /** The abstract's row in `abstracts` (everything but its text). */
  row: Row & { id: number };
  text: string;
  display: Row;
}

function abstractOf(id: number, captureList: readonly CaptureDraft[]): fc.Arbitrary<AbstractDraft> {
  return fc
    .record({
      text: someText,
      truncated: fc.boolean(),
      fingerprint: hex(16),
      prefixKey: anyText,
      title: fc.option(someText, { nil: null }),
      authors: fc.array(someText, { maxLength: 3 }),
      year: fc.option(fc.integer({ min: 1950, max: 2030 }), { nil: null }),
      quote: fc.option(someText, { nil: null }),
      views: fc.option(fc.nat({ max: 100_000 }), { nil: null }),
      field: fc.option(someText, { nil: null }),
      language: fc.option(pick(['en', 'ar', 'fr']), { nil: null }),
      sources: fc.array(sourceOf(captureList), { minLength: 1, maxLength: 2 }),
      times: fc.tuple(timestamp, timestamp),
      status: pick(['unread', 'reading', 'read']),
      starred: fc.boolean(),
      doi: fc.option(someText.map((suffix) => `10.1000/${suffix}`), { nil: null }),
      arxiv: fc.option(pick(['2101.00001', 'hep-th/9901001']), { nil: null }),
      // Since version 12 every abstract has a key, unique in the library.
      citationKey: pick(['smith2020deep', 'doe', 'anon']).map((key) => `${key}-${id}`),
      titleKey: fc.option(anyText, { nil: null }),
      url: fc.option(pick(['https://example.org/paper', 'https://arxiv.org/abs/2101.00001']), { nil: null }),
      venue: fc.option(someText, { nil: null }),
      type: fc.option(pick(['article-journal', 'paper-conference', 'book', 'chapter', 'thesis', 'report']), { nil: null }),
      keywords: fc.array(someText, { maxLength: 3 }),
      fields: fc.dictionary(pick(['volume', 'pages', 'publisher', 'note', 'constructor', '__proto__x']), anyText, { maxKeys: 3 }),
    })
    .chain(({ text, times, starred, ...fields }) =>
      displayOf(text).map((display) => ({
        text,
        display,
        row: {
          id,
          ...fields,
          createdAt: Math.min(...times),
          updatedAt: Math.max(...times),
          sortTitle: (fields.title ?? text).toLocaleLowerCase('en').trim(),
          captureHashes: [...new Set(fields.sources.map((source) => String(source.captureHash)))],
          ...(starred ? { starred: 1 } : {}),
        },
      })),
    );
}

function abstractsFrom(captureList: readonly CaptureDraft[]): fc.Arbitrary<AbstractDraft[]> {
  if (captureList.length === 0) return fc.constant([]);
  return ids(8).chain((abstractIds) => fc.tuple(...abstractIds.map((id) => abstractOf(id, captureList))));
}

// ——— What the user adds: highlights, notes, tags, lists, links, saved searches, settings ———

/** A row (without its id) and the rich text in it, whose mentions make links. */
interface WithBody {
  row: Row;
  body: RichText;
}

function highlightOf(abstract: AbstractDraft, abstractIds: readonly number[]): fc.Arbitrary<WithBody> {
  const { text } = abstract;
  const others = abstractIds.filter((other) => other !== abstract.row.id);
  return fc
    .record({
      cut: fc.tuple(fc.integer({ min: 0, max: text.length }), fc.integer({ min: 0, max: text.length })),
      color: pick(HIGHLIGHT_COLORS),
      state: pick(['anchored', 'moved', 'orphaned'] as const),
      score: fc.double({ min: 0, max: 1, noNaN: true }),
      body: richText(others),
      save: saveFields,
      times: fc.tuple(timestamp, timestamp),
    })
    .map(({ cut, color, state, score, body, save, times }) => {
      const [start, end] = [Math.min(...cut), Math.max(...cut)];
      const row = {
        abstractId: abstract.row.id,
        selectors: {
          quote: { type: 'TextQuoteSelector', exact: text.slice(start, end), prefix: text.slice(Math.max(0, start - 32), start), suffix: text.slice(end, end + 32) },
          position: { type: 'TextPositionSelector', start, end },
        },
        color,
        comment: { json: body.json, text: body.text, ...save },
        state,
        confidence: state === 'anchored' ? 1 : state === 'moved' ? score : null,
        createdAt: Math.min(...times),
        updatedAt: Math.max(...times),
      };
      return { row, body };
    });
}

function noteOf(abstractId: number | null, abstractIds: readonly number[]): fc.Arbitrary<WithBody> {
  return fc
    .record({
      title: abstractId === null ? fc.option(someText, { nil: null }) : fc.constant(null),
      body: richText(abstractIds.filter((other) => other !== abstractId)),
      save: saveFields,
      times: fc.tuple(timestamp, timestamp),
    })
    .map(({ title, body, save, times }) => ({
      row: { abstractId, title, json: body.json, text: body.text, ...save, createdAt: Math.min(...times), updatedAt: Math.max(...times) },
      body,
    }));
}

/** Nested tag paths, each with its ancestors (as the app adds them), at most eight in all. */
const tagPaths = fc
  .array(fc.array(pick(['theory', 'optimization', 'sgd', 'تعلم', 'méthodes', '🧪 lab', 'data sets']), { minLength: 1, maxLength: 3 }), { maxLength: 4 })
  .map((paths) => {
    const all = new Set<string>();
    for (const segments of paths) segments.forEach((_, index) => all.add(segments.slice(0, index + 1).join('/')));
    return [...all].slice(0, 8);
  });

const linkTypes = fc
  .uniqueArray(fc.tuple(pick(['Refutes', 'Builds on', 'يدعم', 'Réplique', 'Same lab 🧪']), fc.option(pick(['Refuted by', 'Built on by', 'مدعوم من']), { nil: null })), {
    maxLength: 3,
    selector: ([label]) => label,
  })
  .chain((types) =>
    fc.tuple(...types.map(() => pick(['#b5651d', '#5b8c2a', '#c2417a', '#4a6fd0']))).map((colors) =>
      types.map(([label, inverseLabel], index) => ({ id: `user:type-${index + 1}`, label, inverseLabel, color: colors[index] ?? '#8d8d8d' })),
    ),
  );

const BUILT_IN_USER_TYPES = ['related', 'supports', 'contradicts', 'extends', 'same-paper', 'uses-data-of', 'cites'];

const settings = fc
  .record(
    {
      'setting:markReadingOnOpen': fc.boolean(),
      'setting:theme': pick(['light', 'dark', 'system']),
      'setting:hideImportLinks': fc.boolean(),
      firstRunImportedAt: timestamp,
    },
    { requiredKeys: [] },
  )
  .map((values) => Object.entries(values).map(([key, value]) => ({ key, value })));

const savedSearches = ids(3).chain((searchIds) =>
  fc.tuple(...searchIds.map((id) => fc.record({ id: fc.constant(id), name: someText, query: pick(['tag:theory', 'is:unread', 'bound "gradient descent"', 'تعلم', 'has:note $x^2$']), createdAt: timestamp }))),
);

/** Up to four user and import (same-page) links; none when the library has fewer than two abstracts. */
function linksBetween(abstractIds: readonly number[], userTypeIds: readonly string[]): fc.Arbitrary<Row[]> {
  if (abstractIds.length < 2) return fc.constant([]);
  const pair = fc.tuple(pick(abstractIds), pick(abstractIds)).filter(([from, to]) => from !== to);
  const userLink = fc.record({ pair, type: pick([...BUILT_IN_USER_TYPES, ...userTypeIds]), note: fc.oneof(fc.constant(''), someText), createdAt: timestamp }).map(
    ({ pair: [fromId, toId], type, note, createdAt }) => ({ fromId, toId, type, origin: 'user', noteId: null, annotationId: null, note, context: null, createdAt }),
  );
  const importLink = fc.record({ pair, createdAt: timestamp }).map(({ pair: [fromId, toId], createdAt }) => ({
    fromId,
    toId,
    type: 'same-page',
    origin: 'import',
    noteId: null,
    annotationId: null,
    note: '',
    context: null,
    createdAt,
  }));
  return fc.array(fc.oneof(userLink, importLink), { maxLength: 4 });
}

/** The mention links a note or comment's mentions make: one per mentioned abstract other than its own. */
function mentionLinks(body: RichText, fromId: number | null, scope: { noteId: number } | { annotationId: number }, createdAt: number): Row[] {
  const targets = [...new Set(body.mentions)].filter((toId) => toId !== fromId);
  return targets.map((toId) => ({
    fromId,
    toId,
    type: 'mention',
    origin: 'note',
    noteId: 'noteId' in scope ? scope.noteId : null,
    annotationId: 'annotationId' in scope ? scope.annotationId : null,
    note: '',
    context: body.text.replace(/\s+/g, ' ').trim().slice(0, 280),
    createdAt,
  }));
}

/** Each row with an id of its own (distinct, increasing, with gaps). */
function numbered<T>(drafts: readonly T[]): fc.Arbitrary<{ draft: T; id: number }[]> {
  return ids(drafts.length, drafts.length).map((chosen) => drafts.map((draft, index) => ({ draft, id: chosen[index] ?? index + 1 })));
}

/** Rows of `drafts`, numbered, with their rich text kept beside them for the mention links. */
function numberedRows(drafts: readonly WithBody[]): fc.Arbitrary<(WithBody & { row: Row & { id: number } })[]> {
  return numbered(drafts).map((rows) => rows.map(({ draft, id }) => ({ row: { id, ...draft.row }, body: draft.body })));
}

interface UserContent {
  highlights: (WithBody & { row: Row & { id: number } })[];
  notes: (WithBody & { row: Row & { id: number } })[];
  tags: Row[];
  abstractTags: Row[];
  lists: Row[];
  listItems: Row[];
  links: Row[];
}

/** A list's items: some abstracts, in a random order, under fractional order keys, each with a note. */
function itemsOf(listId: number, abstractIds: readonly number[]): fc.Arbitrary<Row[]> {
  return someOf(abstractIds, 4, true).chain((onList) => {
    const keys = generateNKeysBetween(null, null, onList.length);
    return fc.array(anyText, { minLength: onList.length, maxLength: onList.length }).map((notes) =>
      onList.map((abstractId, index) => ({ listId, abstractId, order: keys[index] ?? 'a0', note: notes[index] ?? '' })),
    );
  });
}

function userContent(start: Base, abstracts: readonly AbstractDraft[]): fc.Arbitrary<UserContent> {
  const abstractIds = abstracts.map((draft) => draft.row.id);
  const highlightArbs = abstracts.map((draft) => highlightOf(draft, abstractIds));
  const userTypeIds = start.linkTypes.map((type) => String(type.id));
  return fc
    .record({
      highlights: highlightArbs.length === 0 ? fc.constant([]) : fc.array(fc.oneof(...highlightArbs), { maxLength: 6 }),
      abstractNotes: someOf(abstractIds, 3).chain((noted) => fc.tuple(...noted.map((id) => noteOf(id, abstractIds)))),
      synthesisNotes: fc.array(noteOf(null, abstractIds), { maxLength: 3 }),
      tagIds: ids(start.tags.length, start.tags.length),
      lists: ids(2).chain((listIds) => fc.tuple(...listIds.map((id) => fc.record({ id: fc.constant(id), name: someText, createdAt: timestamp })))),
      links: linksBetween(abstractIds, userTypeIds),
    })
    .chain(({ highlights, abstractNotes, synthesisNotes, tagIds, lists, links }) => {
      const tags = start.tags.map((path, index) => ({ id: tagIds[index] ?? index + 1, path, color: start.tagColors[index] ?? null }));
      const pairs = abstractIds.flatMap((abstractId) => tagIds.map((tagId) => ({ abstractId, tagId })));
      return fc.record({
        highlights: numberedRows(highlights),
        notes: numberedRows([...abstractNotes, ...synthesisNotes]),
        tags: fc.constant<Row[]>(tags),
        abstractTags: someOf(pairs, 8),
        lists: fc.constant<Row[]>(lists),
        listItems: fc.tuple(...lists.map((list) => itemsOf(list.id, abstractIds))).chain((perList) =>
          numbered(perList.flat()).map((items) => items.map(({ draft, id }) => ({ id, ...draft }))),
        ),
        links: fc.constant(links),
      });
    })
    .filter((content) => allLinks(content).length <= MAX_ROWS);
}

interface Base {
  captures: CaptureDraft[];
  tags: string[];
  tagColors: (string | null)[];
  linkTypes: Row[];
  savedSearches: Row[];
  meta: Row[];
}

const base: fc.Arbitrary<Base> = fc.record({
  captures,
  tags: tagPaths,
  tagColors: fc.array(fc.option(pick(['#d9480f', '#2f9e44', '#1971c2']), { nil: null }), { minLength: 8, maxLength: 8 }),
  linkTypes,
  savedSearches,
  meta: settings,
});

/** Every link: the user's and the importer's, then one per mention in a comment or note. */
function allLinks(content: UserContent): Row[] {
  return [
    ...content.links,
    ...content.highlights.flatMap(({ row, body }) => mentionLinks(body, row.abstractId as number, { annotationId: row.id }, row.updatedAt as number)),
    ...content.notes.flatMap(({ row, body }) => mentionLinks(body, row.abstractId as number | null, { noteId: row.id }, row.updatedAt as number)),
  ];
}

/** A few pairs of abstracts marked "Not duplicates", lower id first. */
function distinctPairsOf(abstracts: readonly AbstractDraft[]): fc.Arbitrary<Row[]> {
  const pairs: [number, number][] = [];
  abstracts.forEach((a, index) => abstracts.slice(index + 1).forEach((b) => pairs.push([Math.min(a.row.id, b.row.id), Math.max(a.row.id, b.row.id)])));
  return fc.tuple(fc.subarray(pairs, { maxLength: Math.min(3, pairs.length) }), timestamp).map(([chosen, decidedAt]) => chosen.map(([low, high]) => ({ low, high, decidedAt })));
}

/** The tables whose rows carry a uid (since version 14). */
const SYNCED_TABLES = ['abstracts', 'annotations', 'notes', 'tags', 'lists', 'listItems', 'links', 'linkTypes', 'savedSearches', 'reviews', 'decisions'];

/** Every synced row with a uid of its own: distinct across the library, well formed, random-looking enough. */
function withUids(tables: Record<string, unknown[]>): Record<string, unknown[]> {
  const result: Record<string, unknown[]> = { ...tables };
  SYNCED_TABLES.forEach((name, tableIndex) => {
    result[name] = (tables[name] ?? []).map((row, index) => ({ ...(row as Row), uid: `${tableIndex.toString(16).padStart(2, '0')}${index.toString(16).padStart(30, '0')}` }));
  });
  // An abstract's uid is indexed in its keys row, which carries the same uid.
  const abstractUid = new Map((result['abstracts'] ?? []).map((row) => [(row as Row)['id'], (row as Row)['uid']]));
  result['abstractKeys'] = (tables['abstractKeys'] ?? []).map((row) => ({ ...(row as Row), uid: abstractUid.get((row as Row)['id']) }));
  return result;
}

function assemble(
  start: Base,
  abstracts: readonly AbstractDraft[],
  content: UserContent,
  links: Row[],
  distinctPairs: Row[],
  screening: Record<string, Row[]>,
): Record<string, unknown[]> {
  return {
    captures: start.captures.map((draft) => draft.row),
    captureTexts: start.captures.flatMap((draft) => draft.pieces.map((text, index) => ({ hash: draft.row.hash, index, text }))),
    abstracts: abstracts.map((draft) => draft.row),
    abstractKeys: abstracts.map(({ row }) => ({
      id: row.id,
      fingerprint: row.fingerprint,
      prefixKey: row.prefixKey,
      createdAt: row.createdAt,
      updatedAt: row.updatedAt,
      sortTitle: row.sortTitle,
      year: row.year,
      captureHashes: row.captureHashes,
      doi: row.doi,
      arxiv: row.arxiv,
      citationKey: row.citationKey,
      titleKey: row.titleKey,
    })),
    abstractTexts: abstracts.map(({ row, text, display }) => ({ id: row.id, text, display })),
    annotations: content.highlights.map(({ row }) => row),
    notes: content.notes.map(({ row }) => row),
    tags: content.tags,
    abstractTags: content.abstractTags,
    lists: content.lists,
    listItems: content.listItems,
    linkTypes: start.linkTypes,
    links,
    savedSearches: start.savedSearches,
    distinctPairs,
    ...screening,
    meta: start.meta,
  };
}

/**
 * A random library at the latest schema version, as a backup holds it: one array of rows per
 * backed-up table. References hold (every id a row names exists, mention links match the mentions
 * in notes and comments), and rich text links only to http(s) URLs, so the app stores it unchanged.
 */
export function arbitraryLibrary(): fc.Arbitrary<Record<string, unknown[]>> {
  return base.chain((start) =>
    abstractsFrom(start.captures).chain((abstracts) =>
      userContent(start, abstracts).chain((content) =>
        fc
          .tuple(numbered(allLinks(content)), distinctPairsOf(abstracts), arbitraryScreening(abstracts.map((draft) => draft.row.id)))
          .map(([links, pairs, screening]) => withUids(assemble(start, abstracts, content, links.map(({ draft, id }) => ({ id, ...draft })), pairs, screening))),
      ),
    ),
  );
}
