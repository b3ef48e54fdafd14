import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  exportAbstractAnnotations,
  fromWebAnnotation,
  HIGHLIGHT_COLORS,
  noteToWebAnnotation,
  toWebAnnotation,
  type HighlightForExport,
} from '../../../../shared/anchoring';

const CREATED = Date.UTC(2026, 0, 2, 3, 4, 5, 6);

const highlight: HighlightForExport = {
  id: 7,
  abstractId: 42,
  selectors: {
    quote: { type: 'TextQuoteSelector', exact: 'low-rank manifold', prefix: 'close to a ', suffix: ' for a long time' },
    position: { type: 'TextPositionSelector', start: 120, end: 137 },
  },
  color: 'green',
  comment: { text: 'The key claim.' },
  state: 'anchored',
  confidence: 1,
  createdAt: CREATED,
  updatedAt: CREATED + 1000,
};

describe('W3C Web Annotation JSON-LD', () => {
  it('writes a highlight as a highlighting Annotation on the abstract, with both selectors and its colour', () => {
    const json = toWebAnnotation(highlight);
    expect(json).toMatchObject({
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: 'urn:lectern:annotation:7',
      type: 'Annotation',
      motivation: 'highlighting',
      created: '2026-01-02T03:04:05.006Z',
      modified: '2026-01-02T03:04:06.006Z',
      body: { type: 'TextualBody', purpose: 'commenting', value: 'The key claim.', format: 'text/plain' },
      target: {
        source: 'urn:lectern:abstract:42',
        selector: [highlight.selectors.quote, highlight.selectors.position],
        styleClass: 'lectern-highlight-green',
      },
    });
    expect(json.stylesheet?.value).toContain('.lectern-highlight-green');
  });

  it('writes a note as a commenting Annotation on the whole abstract, and reads it back', () => {
    const note = { id: 3, abstractId: 42, text: 'Compare with the kernel paper.', createdAt: CREATED, updatedAt: CREATED };
    const json = noteToWebAnnotation(note);
    expect(json).toMatchObject({ motivation: 'commenting', target: 'urn:lectern:abstract:42', body: { value: note.text } });
    expect(fromWebAnnotation(JSON.stringify(json))).toEqual({ kind: 'note', ...note });
  });

  it('collects an abstract’s highlights and note in one AnnotationCollection page', () => {
    const note = { id: 3, abstractId: 42, text: 'A note.', createdAt: CREATED, updatedAt: CREATED };
    const collection = exportAbstractAnnotations(42, 'Annotations on “Paper”', [highlight], note);
    expect(collection).toMatchObject({ type: 'AnnotationCollection', total: 2, first: { type: 'AnnotationPage', startIndex: 0 } });
    expect(collection.first.items.map((item) => item.motivation)).toEqual(['highlighting', 'commenting']);
    expect(collection.first.items.every((item) => !('@context' in item))).toBe(true);
  });

  it('rejects what is not an annotation on a Lectern abstract', () => {
    expect(() => fromWebAnnotation('{')).toThrow(/not valid JSON/);
    expect(() => fromWebAnnotation({ type: 'Note' })).toThrow(/not a Web Annotation/);
    expect(() => fromWebAnnotation({ type: 'Annotation', target: 'https://example.org/' })).toThrow(/Lectern abstract/);
    expect(() =>
      fromWebAnnotation({ type: 'Annotation', motivation: 'highlighting', target: { source: 'urn:lectern:abstract:1', selector: [] } }),
    ).toThrow(/TextQuoteSelector/);
  });

  it('round-trips any highlight’s selectors, colour, comment and times through JSON', () => {
    const text = fc.string({ maxLength: 40 });
    const arbitraryHighlight = fc
      .record({
        id: fc.nat(),
        abstractId: fc.nat(),
        exact: fc.string({ minLength: 1, maxLength: 80 }),
        prefix: text,
        suffix: text,
        start: fc.nat({ max: 100_000 }),
        color: fc.constantFrom(...HIGHLIGHT_COLORS),
        comment: fc.string({ maxLength: 200 }),
        createdAt: fc.integer({ min: 0, max: Date.UTC(2100, 0) }),
        age: fc.nat({ max: 1e9 }),
      })
      .map(
        (h): HighlightForExport => ({
          id: h.id,
          abstractId: h.abstractId,
          selectors: {
            quote: { type: 'TextQuoteSelector', exact: h.exact, prefix: h.prefix, suffix: h.suffix },
            position: { type: 'TextPositionSelector', start: h.start, end: h.start + h.exact.length },
          },
          color: h.color,
          comment: { text: h.comment },
          state: 'anchored',
          confidence: 1,
          createdAt: h.createdAt,
          updatedAt: h.createdAt + h.age,
        }),
      );
    fc.assert(
      fc.property(arbitraryHighlight, (h) => {
        const read = fromWebAnnotation(JSON.stringify(toWebAnnotation(h)));
        expect(read).toEqual({
          kind: 'highlight',
          id: h.id,
          abstractId: h.abstractId,
          selectors: h.selectors,
          color: h.color,
          commentText: h.comment.text,
          createdAt: h.createdAt,
          updatedAt: h.updatedAt,
        });
      }),
      { numRuns: 300 },
    );
  });
});
