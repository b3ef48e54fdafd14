import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isAllowedLinkUrl } from '../../../../shared/rich-text/link-url';
import { withoutUnsafeLinks } from '../../../../shared/rich-text/strip-unsafe-links';
import { disguisedUrl, UNSAFE_SCHEMES } from './link-arbitraries';

interface Node {
  type: string;
  text?: string;
  url?: string;
  children?: Node[];
}

const text = (value: string): Node => ({ type: 'text', text: value });
const link = (url: string, ...children: Node[]): Node => ({ type: 'link', url, children });
const state = (...paragraphs: Node[][]): string =>
  JSON.stringify({ root: { type: 'root', children: paragraphs.map((children) => ({ type: 'paragraph', children })) } });

function linksOf(node: Node): Node[] {
  const own = node.type === 'link' || node.type === 'autolink' ? [node] : [];
  return [...own, ...(node.children ?? []).flatMap(linksOf)];
}

function textOf(node: Node): string {
  return (node.text ?? '') + (node.children ?? []).map(textOf).join('');
}

const rootOf = (json: string): Node => (JSON.parse(json) as { root: Node }).root;

describe('withoutUnsafeLinks', () => {
  it('unwraps javascript:, data: and file: links and keeps their text and the web link', () => {
    const json = state([
      text('See '),
      link('javascript:alert(1)', text('run')),
      text(', '),
      link('data:text/html,<b>x</b>', text('data')),
      text(', '),
      { type: 'autolink', url: 'file:///etc/passwd', children: [text('file')] },
      text(' and '),
      link('https://example.org/p', text('paper')),
    ]);
    const root = rootOf(withoutUnsafeLinks(json));
    expect(linksOf(root).map((node) => node.url)).toEqual(['https://example.org/p']);
    expect(textOf(root)).toBe('See run, data, file and paper');
    expect(root.children?.[0]?.children?.map((node) => node.type)).toEqual(['text', 'text', 'text', 'text', 'text', 'text', 'text', 'link']);
  });

  it('returns the very same string when every link is allowed, and leaves non-states alone', () => {
    const json = state([text('a '), link('mailto:a@example.org', text('mail'))]);
    expect(withoutUnsafeLinks(json)).toBe(json);
    expect(withoutUnsafeLinks('not json')).toBe('not json');
    expect(withoutUnsafeLinks('{"root":7}')).toBe('{"root":7}');
  });

  it('a link without a URL is unsafe too', () => {
    expect(linksOf(rootOf(withoutUnsafeLinks(state([{ type: 'link', children: [text('x')] }]))))).toEqual([]);
  });

  it('leaves no disallowed URL in any saved state, nested or not, and loses no text', () => {
    const url = fc.oneof(disguisedUrl(UNSAFE_SCHEMES), fc.constantFrom('https://example.org/a', 'http://example.org', 'mailto:a@example.org'), fc.string());
    const inline = fc.letrec<{ node: Node }>((tie) => ({
      node: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        fc.string().map(text),
        fc.tuple(fc.constantFrom('link', 'autolink'), url, fc.array(tie('node'), { maxLength: 3 })).map(([type, href, children]) => ({ type, url: href, children })),
      ),
    })).node;
    fc.assert(
      fc.property(fc.array(fc.array(inline, { maxLength: 4 }), { maxLength: 3 }), (paragraphs) => {
        const json = state(...paragraphs);
        const cleaned = withoutUnsafeLinks(json);
        const root = rootOf(cleaned);
        for (const node of linksOf(root)) expect(isAllowedLinkUrl(node.url ?? '')).toBe(true);
        expect(textOf(root)).toBe(textOf(rootOf(json)));
        expect(withoutUnsafeLinks(cleaned)).toBe(cleaned);
      }),
      { numRuns: 500 },
    );
  });
});
