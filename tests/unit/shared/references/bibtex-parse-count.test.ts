import { beforeEach, describe, expect, it, vi } from 'vitest';
import type * as BibtexParser from '@retorquere/bibtex-parser';
import { parseBibtex } from '../../../../shared/references/bibtex';

const parsed = vi.hoisted(() => ({ texts: [] as string[] }));

vi.mock('@retorquere/bibtex-parser', async (importOriginal) => {
  const parser = await importOriginal<typeof BibtexParser>();
  return {
    ...parser,
    parse: (...args: Parameters<typeof parser.parse>) => {
      parsed.texts.push(args[0]);
      return parser.parse(...args);
    },
  };
});

const PLAIN =
  '@article{a, title = {Plain}, abstract = {No math, 5\\% and \\$3 only.}, url = {https://x.org/a%20b}}\n';
const WITH_MATH = '@article{b, title = {On $\\alpha$}, abstract = {Also $x^2$.}}\n';
const WITH_PERCENT = '@article{c, title = {Percent}, abstract = {Up by 12% today.}}\n';

describe('how the parser is run', () => {
  beforeEach(() => {
    parsed.texts = [];
  });

  it('parses a file without math or bare percent signs once', () => {
    expect(parseBibtex(PLAIN.repeat(3)).records).toHaveLength(3);
    expect(parsed.texts).toHaveLength(1);
  });

  it('converts each entry once: those with math or bare percent signs in a second parse, apart from the rest', () => {
    const result = parseBibtex(`@string{j = {J}}\n${PLAIN}${WITH_MATH}${PLAIN}${WITH_PERCENT}`);
    expect(result.records.map((record) => [record.title, record.text])).toEqual([
      ['Plain', 'No math, 5% and \\$3 only.'],
      ['On $\\alpha$', 'Also $x^2$.'],
      ['Plain', 'No math, 5% and \\$3 only.'],
      ['Percent', 'Up by 12% today.'],
    ]);
    const [first = '', second = ''] = parsed.texts;
    expect(parsed.texts).toHaveLength(2);
    expect(first).toContain('{Plain}');
    expect(first).not.toContain('{On ');
    expect(first).not.toContain('{Percent}');
    expect(second).not.toContain('{Plain}');
    expect(second).toContain('{Percent}');
    expect(second).toContain('@string{j = {J}}');
  });
});
