import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCapture, parseCaptureText } from '../../../../shared/capture/parse';
import type { ParsedCapture } from '../../../../shared/capture/types';
import { syntheticBlogCapture, syntheticPortalCapture } from '../../../../scripts/fixtures/synthetic-capture';

/** Spans lie in the text, each slice is its record, and records keep document order without overlap. */
function spansHold(parsed: ParsedCapture): boolean {
  let previousEnd = 0;
  return parsed.records.every((record) => {
    const ok =
      record.span.start >= previousEnd &&
      record.span.start < record.span.end &&
      record.span.end <= parsed.text.length &&
      parsed.text.slice(record.span.start, record.span.end) === record.text;
    previousEnd = record.span.end;
    return ok;
  });
}

/** Lines of the shapes captures are made of, so random documents reach every branch of the parser. */
const captureLine = fc.oneof(
  fc.constantFrom(
    '',
    '\ufefb يوجد ملخص باللغة العربية',
    'اقرأ أيضاً',
    ' نشر من قبل Alon Brutzkus',
    ' تاريخ النشر 2021',
    '102 \u00a0 0 \u00a0 0.0 ( 0 )',
    '105 - Yixi Xu , Xiao Wang 2018',
    'Towards Understanding Learning in Neural Networks',
    'Energy Propagation in Deep Networks by Thomas Wiatowski, Helmut Bölcskei',
    '"In our experiments, most epochs are spent on compression. "',
    '"An opening quote that never closes',
    'No comments:',
    'Liked this entry ? subscribe to the feed, you can also follow by Email.',
    'Abstract in English',
    'mircosoft-partner',
    '<script>alert(1)</script> javascript:alert(2)',
  ),
  fc.string({ unit: 'grapheme', maxLength: 300 }).map((s) => s.replace(/\n/gu, ' ')),
  fc
    .array(
      fc.constantFrom(
        'we',
        'show',
        'that',
        'deep',
        'networks',
        'learn',
        'simple',
        'functions',
        'first',
        'by',
        'SGD',
        '$k^2$',
      ),
      { minLength: 3, maxLength: 60 },
    )
    .map((words) => `${words.join(' ')}.`),
);
const captureDocument = fc
  .tuple(fc.array(captureLine, { maxLength: 40 }), fc.constantFrom('\n', '\r\n', '\r'))
  .map(([lines, eol]) => lines.join(eol));

const WORDS = [
  'we',
  'show',
  'that',
  'gradient',
  'descent',
  'finds',
  'global',
  'minima',
  'of',
  'wide',
  'networks',
  'in',
  'polynomial',
  'time',
  'and',
  'the',
  'bound',
  'is',
  'tight',
  'for',
  'random',
  'features',
  'with',
  'noise',
  'data',
];
const sentence = fc.array(fc.constantFrom(...WORDS), { minLength: 6, maxLength: 24 }).map((words) => {
  const text = words.join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
});
/** A plain, single-paragraph English abstract with no chrome of any kind. */
const plainAbstract = fc
  .array(sentence, { minLength: 1, maxLength: 8 })
  .map((sentences) => sentences.join(' '));

describe('parser properties', () => {
  it('never throws on arbitrary bytes, and either reads records with valid spans or reports an error', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 3000 }), (bytes) => {
        const parsed = parseCapture(bytes);
        if (parsed.error !== null) return parsed.records.length === 0 && parsed.encoding === null;
        return spansHold(parsed);
      }),
      { numRuns: 400 },
    );
  });

  it('never throws on arbitrary strings, and every span holds', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 2000 }), (text) =>
        spansHold(parseCaptureText(text)),
      ),
      { numRuns: 250 },
    );
  });

  it('never throws on random documents made of capture-shaped lines, and every span holds', () => {
    fc.assert(
      fc.property(captureDocument, (text) => {
        const parsed = parseCaptureText(text);
        return spansHold(parsed) && parsed.error === null;
      }),
      { numRuns: 600 },
    );
  });

  it('gives a plain abstract back as one record with identical text', () => {
    fc.assert(
      fc.property(plainAbstract, (abstract) => {
        const records = parseCaptureText(abstract).records;
        expect(records.map((record) => record.text)).toEqual([abstract]);
      }),
      { numRuns: 300 },
    );
  });

  it('gives a plain abstract back unchanged when it is wrapped in portal or blog chrome', () => {
    fc.assert(
      fc.property(
        plainAbstract.filter((a) => a.length >= 60),
        (abstract) => {
          const portal = parseCaptureText(
            `\ufefb يوجد ملخص باللغة العربية\n${abstract}\n\nالتعليقات\nmircosoft-partner`,
          );
          const blog = parseCaptureText(
            `Some Title by Ann Lee, Bo Chen\n${abstract}\nNo comments:\nPost a Comment`,
          );
          expect(portal.records.map((record) => record.text)).toEqual([abstract]);
          expect(blog.records.map((record) => record.text)).toEqual([abstract]);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('synthetic captures', () => {
  it('parse to exactly the abstracts they were built with', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 60 }), fc.integer({ min: 0, max: 10_000 }), (n, seed) => {
        const portal = parseCaptureText(syntheticPortalCapture(n, seed));
        const blog = parseCaptureText(syntheticBlogCapture(n, seed));
        expect([portal.layout, portal.records.length, portal.warnings]).toEqual(['portal', n, []]);
        expect([blog.layout, blog.records.length, blog.warnings]).toEqual(['blog', n, []]);
        expect(portal.records.filter((record) => record.role === 'main')).toHaveLength(1);
        expect(blog.records[0]?.quote).not.toBeNull();
      }),
      { numRuns: 60 },
    );
  });
});
