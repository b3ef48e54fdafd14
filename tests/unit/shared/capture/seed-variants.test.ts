import { describe, expect, it } from 'vitest';
import { parseCapture, parseCaptureText } from '../../../../shared/capture/parse';
import type { ParsedCapture } from '../../../../shared/capture/types';
import { expectSpansHold } from './expect-record';
import { readSeed } from './read-fixture';

// Other copies of the same pages: a different browser or copy method changes blank lines and repeats lines,
// and the reader must still see the same abstracts.

const FULL_PAGE = new TextDecoder().decode(readSeed('004_ad664b81d537d098.txt'));
const BLOG = new TextDecoder().decode(readSeed('002_5a15cb1a17bda28b.txt'));

/** What a reader sees of each record, without the offsets that move when blank lines do. */
function reading(parsed: ParsedCapture): unknown[] {
  expectSpansHold(parsed);
  return parsed.records.map(
    ({ role, title, authors, year, text, truncated, quote, views, field, language }) => ({
      role,
      title,
      authors,
      year,
      text,
      truncated,
      quote,
      views,
      field,
      language,
    }),
  );
}

describe('copies of the full portal page', () => {
  const original = reading(parseCaptureText(FULL_PAGE));

  it('read the same with every blank line removed', () => {
    expect(
      reading(
        parseCaptureText(
          FULL_PAGE.split('\n')
            .filter((line) => line.trim() !== '')
            .join('\n'),
        ),
      ),
    ).toEqual(original);
  });

  it('read the same with a blank line after every line', () => {
    expect(reading(parseCaptureText(FULL_PAGE.split('\n').join('\n\n')))).toEqual(original);
  });

  it('read the same when the title appears twice', () => {
    const lines = FULL_PAGE.split('\n');
    expect(lines[2]).toBe('Towards Understanding Learning in Neural Networks with Linear Teachers');
    const twice = [...lines.slice(0, 3), '', lines[2] ?? '', ...lines.slice(3)].join('\n');
    expect(reading(parseCaptureText(twice))).toEqual(original);
  });
});

describe('copies of the blog post', () => {
  const original = reading(parseCapture(readSeed('002_5a15cb1a17bda28b.txt')));

  it('read the same with a preview line and the blog header above the quote', () => {
    const preview = `${BLOG.slice(1, 120)}…`;
    const header = [
      'Nuit Blanche',
      'Friday, March 17, 2017',
      'Opening the black box of Deep Neural Networks via Information',
    ];
    expect(reading(parseCaptureText([preview, ...header, BLOG].join('\n')))).toEqual(original);
  });

  it('keep both paragraphs of the first abstract when they are separated by a blank line', () => {
    const spaced = parseCaptureText(BLOG.split('\n').join('\n\n'));
    expect(spaced.records).toHaveLength(3);
    expect(spaced.records[0]?.text).toContain('for each layer.\n\nIn this work we follow up');
    expect(spaced.records.slice(1).map((record) => record.text)).toEqual(
      parseCaptureText(BLOG)
        .records.slice(1)
        .map((record) => record.text),
    );
  });
});
