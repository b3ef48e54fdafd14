import { describe, expect, it } from 'vitest';
import { checkRow, rowCheckFor } from '../../../../shared/backup/row-check';
import { backupTablesAt, LATEST_BACKUP_SCHEMA } from '../../../../shared/backup/tables';

const LATEST = LATEST_BACKUP_SCHEMA;
/** The last version whose rows have no uid: most checks below are about fields older versions added. */
const BEFORE_UIDS = 13;

const capture = { hash: 'ab12', fileName: 'page.txt', encoding: 'utf-8', layout: 'portal', warnings: [], recordCount: 2, importedAt: 1_700_000_000_000 };

const abstractV10 = {
  id: 3,
  fingerprint: 'f00d',
  prefixKey: 'we prove',
  createdAt: 1,
  updatedAt: 2,
  sortTitle: 'bounds',
  year: 2021,
  captureHashes: ['ab12'],
  truncated: false,
  title: 'Bounds',
  authors: ['A. Author'],
  quote: null,
  views: 12,
  field: null,
  language: 'en',
  sources: [{ captureHash: 'ab12', role: 'main', start: 0, end: 40 }],
  status: 'reading',
};

/** Version 11 added the identifiers, the title key and the other bibliographic fields. */
const abstractV11 = {
  ...abstractV10,
  doi: '10.1000/bounds',
  arxiv: null,
  citationKey: 'author2021bounds',
  titleKey: 'bounds|2021|author',
  url: null,
  venue: 'Journal of Bounds',
  type: 'article-journal',
  keywords: ['bounds'],
  fields: { volume: '3', pages: '1--9' },
  sources: [...abstractV10.sources, { captureHash: 'cd34', role: 'entry', start: 0, end: 120 }],
};

const annotation = {
  id: 1,
  abstractId: 3,
  selectors: {
    quote: { type: 'TextQuoteSelector', exact: 'prove', prefix: 'We ', suffix: ' a bound' },
    position: { type: 'TextPositionSelector', start: 3, end: 8 },
  },
  color: 'yellow',
  comment: { json: null, text: '', revision: 2, savedBy: { writer: 'w-1', at: 5 } },
  state: 'moved',
  confidence: 0.8,
  createdAt: 1,
  updatedAt: 2,
};

describe('backupTablesAt', () => {
  it('lists parents before children, only the tables that version has', () => {
    expect(backupTablesAt(1)).toEqual(['captures', 'abstracts', 'meta']);
    expect(backupTablesAt(5)).toEqual(['captures', 'abstracts', 'annotations', 'notes', 'tags', 'abstractTags', 'lists', 'listItems', 'linkTypes', 'links', 'savedSearches', 'meta']);
    expect(backupTablesAt(LATEST)).toEqual([
      'captures', 'captureTexts', 'abstracts', 'abstractKeys', 'abstractTexts', 'annotations', 'notes', 'tags',
      'abstractTags', 'lists', 'listItems', 'linkTypes', 'links', 'savedSearches', 'distinctPairs', 'reviews', 'reviewRecords',
      'decisions', 'meta',
    ]);
    expect(backupTablesAt(12)).not.toContain('reviews');
  });

  it('refuses a version below 1, above the latest, or not whole', () => {
    for (const version of [0, -1, LATEST + 1, 2.5, Number.NaN]) expect(() => backupTablesAt(version)).toThrow(/Schema version .* is unknown/);
  });
});

describe('checkRow', () => {
  it('passes rows exactly as their version stores them', () => {
    expect(checkRow('captures', BEFORE_UIDS, capture)).toBeNull();
    expect(checkRow('captures', 9, { ...capture, text: 'We prove a bound.' })).toBeNull();
    expect(checkRow('abstracts', BEFORE_UIDS, abstractV11)).toBeNull();
    expect(checkRow('abstracts', BEFORE_UIDS, { ...abstractV11, starred: 1 })).toBeNull();
    expect(checkRow('abstracts', 5, { ...abstractV10, starred: 0, text: 'We prove.', display: { text: 'We prove.', edits: [{ start: 0, end: 1, insert: 'w' }] } })).toBeNull();
    expect(checkRow('annotations', BEFORE_UIDS, annotation)).toBeNull();
    expect(checkRow('notes', 2, { id: 1, abstractId: null, title: null, json: null, text: '', createdAt: 1, updatedAt: 1 })).toBeNull();
    expect(checkRow('meta', 1, { key: 'firstRunImportedAt', value: 1_700_000_000_000 })).toBeNull();
    expect(checkRow('meta', BEFORE_UIDS, { key: 'setting:theme', value: 'dark' })).toBeNull();
  });

  it('names a field of the wrong type', () => {
    expect(checkRow('listItems', BEFORE_UIDS, { id: 1, listId: 1, abstractId: 'x', order: 'a0', note: '' })).toBe('field “abstractId” must be a whole number, got "x"');
    expect(checkRow('abstracts', BEFORE_UIDS, { ...abstractV11, year: 2021.5 })).toBe('field “year” must be a whole number or null, got 2021.5');
    expect(checkRow('abstracts', BEFORE_UIDS, { ...abstractV11, authors: ['A', 7] })).toBe('field “authors[1]” must be a string, got 7');
    expect(checkRow('annotations', BEFORE_UIDS, { ...annotation, selectors: { ...annotation.selectors, position: { type: 'TextPositionSelector', start: -1, end: 8 } } })).toBe(
      'field “selectors.position.start” must be a whole number, got -1',
    );
    expect(checkRow('annotations', BEFORE_UIDS, { ...annotation, comment: { json: 5, text: '' } })).toBe('field “comment.json” must be a string or null, got 5');
    expect(checkRow('meta', BEFORE_UIDS, { key: 'setting:x', value: { nested: true } })).toBe('field “value” must be a string, a number, true, false or null, got an object');
  });

  it('names a missing field', () => {
    expect(checkRow('tags', BEFORE_UIDS, { id: 1, color: null })).toBe('missing field “path”');
    const withoutStatus: Record<string, unknown> = { ...abstractV11 };
    delete withoutStatus.status;
    expect(checkRow('abstracts', BEFORE_UIDS, withoutStatus)).toBe('missing field “status”');
    expect(checkRow('annotations', BEFORE_UIDS, { ...annotation, comment: { json: null } })).toBe('missing field “comment.text”');
  });

  it('names an unexpected field', () => {
    expect(checkRow('tags', BEFORE_UIDS, { id: 1, path: 'theory', color: null, colour: 'red' })).toBe('unexpected field “colour”');
    expect(checkRow('annotations', BEFORE_UIDS, { ...annotation, comment: { ...annotation.comment, html: '<b>' } })).toBe('unexpected field “comment.html”');
    expect(checkRow('abstracts', 2, { ...abstractV10, status: undefined, text: 't', display: { text: 't', edits: [] } })).toBeNull();
    expect(checkRow('abstracts', 2, { ...abstractV10, text: 't', display: { text: 't', edits: [] } })).toBe('unexpected field “status”');
  });

  it('refuses a value outside its enumeration', () => {
    expect(checkRow('abstracts', BEFORE_UIDS, { ...abstractV11, status: 'done' })).toBe('field “status” must be one of "unread", "reading", "read", got "done"');
    expect(checkRow('annotations', BEFORE_UIDS, { ...annotation, color: 'red' })).toBe('field “color” must be one of "yellow", "green", "blue", "pink", "purple", got "red"');
    expect(checkRow('captures', BEFORE_UIDS, { ...capture, encoding: 'latin-1' })).toMatch(/^field “encoding” must be one of "utf-8", .*got "latin-1"$/);
    expect(checkRow('links', BEFORE_UIDS, { id: 1, fromId: 1, toId: 2, type: 'related', origin: 'robot', noteId: null, annotationId: null, note: '', context: null, createdAt: 1 })).toMatch(/^field “origin” must be one of/);
    expect(checkRow('annotations', BEFORE_UIDS, { ...annotation, confidence: 1.5 })).toBe('field “confidence” must be a number from 0 to 1 or null, got 1.5');
  });

  it('knows which fields moved between versions', () => {
    expect(checkRow('captures', BEFORE_UIDS, { ...capture, text: 'We prove a bound.' })).toBe('unexpected field “text”');
    expect(checkRow('captures', 9, capture)).toBe('missing field “text”');
    expect(checkRow('abstracts', 5, { ...abstractV10, starred: 0, display: { text: 'x', edits: [] } })).toBe('missing field “text”');
    expect(checkRow('abstracts', 7, { ...abstractV10, starred: 0, text: 'x', display: { text: 'x', edits: [] } })).toBe('unexpected field “text”');
    // Versions 3 to 7 stored a star (0 or 1) on every row; since version 8 an unstarred row has none.
    expect(checkRow('abstracts', 7, abstractV10)).toBe('missing field “starred”');
    expect(checkRow('abstracts', BEFORE_UIDS, { ...abstractV11, starred: 0 })).toBe('field “starred” must be 1, got 0');
  });

  it('refuses a row that is not an object, and a table or version a backup cannot have', () => {
    expect(checkRow('tags', BEFORE_UIDS, [1, 'theory', null])).toBe('the row must be an object, got a list of 3');
    expect(checkRow('tags', BEFORE_UIDS, null)).toBe('the row must be an object, got null');
    expect(() => checkRow('searchIndex', LATEST, { key: 'k' })).toThrow(`A backup of schema version ${LATEST} has no table “searchIndex”.`);
    expect(() => checkRow('tags', 2, { id: 1, path: 'a', color: null })).toThrow(/no table “tags”/);
    expect(() => checkRow('tags', LATEST + 1, {})).toThrow(/unknown/);
  });

  it('takes an abstract without a citation key up to version 11, and from version 12 on only with one', () => {
    const keys = { id: 3, fingerprint: 'f', prefixKey: 'p', createdAt: 1, updatedAt: 2, sortTitle: 's', year: null, captureHashes: [], doi: null, arxiv: null, citationKey: null, titleKey: null };
    expect(checkRow('abstracts', 11, { ...abstractV11, citationKey: null })).toBeNull();
    expect(checkRow('abstracts', 12, { ...abstractV11, citationKey: null })).toBe('field “citationKey” must be a string, got null');
    expect(checkRow('abstractKeys', 12, keys)).toBe('field “citationKey” must be a string, got null');
    expect(checkRow('abstractKeys', 12, { ...keys, citationKey: 'author2021bounds' })).toBeNull();
  });

  it('takes reference entries, Windows-1252 and the bibliographic fields from version 11 on, not before', () => {
    expect(checkRow('abstracts', 10, abstractV10)).toBeNull();
    expect(checkRow('abstracts', 10, { ...abstractV10, sources: abstractV11.sources })).toMatch(/^field “sources\[1\]\.role” must be one of "main", "related", got "entry"$/);
    expect(checkRow('abstracts', 10, { ...abstractV10, doi: null })).toBe('unexpected field “doi”');
    expect(checkRow('abstracts', BEFORE_UIDS, abstractV10)).toBe('missing field “doi”');
    expect(checkRow('abstracts', BEFORE_UIDS, { ...abstractV11, fields: { volume: 3 } })).toBe('field “fields.volume” must be a string, got 3');
    expect(checkRow('abstractKeys', 11, { id: 3, fingerprint: 'f', prefixKey: 'p', createdAt: 1, updatedAt: 2, sortTitle: 's', year: null, captureHashes: [], doi: null, arxiv: '2101.00001', citationKey: null, titleKey: null })).toBeNull();
    expect(checkRow('captures', 10, { ...capture, layout: 'bibtex' })).toMatch(/^field “layout” must be one of/);
    expect(checkRow('captures', BEFORE_UIDS, { ...capture, layout: 'bibtex', encoding: 'windows-1252' })).toBeNull();
    expect(checkRow('distinctPairs', BEFORE_UIDS, { low: 3, high: 9, decidedAt: 5 })).toBeNull();
  });

  it('takes a uid on every synced row from version 14 on, well formed, and none before', () => {
    const uid = 'a_0123456789abcdef0123456789abcdef';
    expect(checkRow('abstracts', 14, { ...abstractV11, uid })).toBeNull();
    expect(checkRow('abstracts', 14, abstractV11)).toBe('missing field “uid”');
    expect(checkRow('abstracts', 13, { ...abstractV11, uid })).toBe('unexpected field “uid”');
    expect(checkRow('annotations', 14, { ...annotation, uid: '0123456789abcdef0123456789abcdef' })).toBeNull();
    expect(checkRow('tags', 14, { id: 1, uid: 'a_xyz', path: 'theory', color: null })).toMatch(/^field “uid” must be a uid/);
    expect(checkRow('decisions', 14, { reviewId: 1, abstractId: 3, stage: 1, verdict: 'include', decidedAt: 1, order: 'ranked' })).toBe('missing field “uid”');
    expect(checkRow('abstractTags', 14, { abstractId: 3, tagId: 1 })).toBeNull();
  });

  it('checks 100,000 rows quickly with one check built for the table', () => {
    const check = rowCheckFor('abstracts', LATEST);
    const abstractV14 = { ...abstractV11, uid: 'a_0123456789abcdef0123456789abcdef' };
    const rows = Array.from({ length: 100_000 }, (_, index) => ({ ...abstractV14, id: index + 1 }));
    const started = performance.now();
    for (const row of rows) if (check(row) !== null) throw new Error('a good row was refused');
    // Generous for a loaded CI machine; a check allocating per row or re-building shapes takes far longer.
    expect(performance.now() - started).toBeLessThan(1_500);
  });
});
