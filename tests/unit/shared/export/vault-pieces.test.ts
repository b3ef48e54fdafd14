import fc from 'fast-check';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { buildVault } from '../../../../shared/export/vault/build-vault';
import { FileNamer, safeFileName } from '../../../../shared/export/vault/file-names';
import type { LibraryExportInput } from '../../../../shared/export/vault/types';
import { frontMatter, yamlString } from '../../../../shared/export/vault/yaml';
import { obsidianTag } from '../../../../shared/export/vault/abstract-file';
import type { ExportEntry } from '../../../../shared/export/types';
import { escapeMarkdown } from '../../../../shared/rich-text/markdown-escape';
import { richTextToMarkdown } from '../../../../shared/rich-text/to-markdown';
import { richTextToHtml } from '../../../../shared/rich-text/to-html';

const text = (value: string, format = 0): object => ({ type: 'text', text: value, format, detail: 0, mode: 'normal', style: '', version: 1 });
const state = (...children: object[]): string => JSON.stringify({ root: { type: 'root', children } });
const noMention = (_id: number, title: string): string => title;

describe('YAML front matter', () => {
  it('reads back every string exactly, whatever characters it holds', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.array(fc.string({ unit: 'binary' }), { maxLength: 3 }), (title, authors) => {
        const parsed = load(frontMatter([['title', title], ['authors', authors]]).slice(4, -4)) as Record<string, unknown>;
        expect(parsed.title).toBe(title);
        expect(parsed.authors).toEqual(authors.map((author) => author.replace(/[\uD800-\uDFFF]/gu, (char, index: number, whole: string) => {
          const code = char.charCodeAt(0);
          const pair = code < 0xdc00 ? /[\uDC00-\uDFFF]/u.test(whole[index + 1] ?? '') : /[\uD800-\uDBFF]/u.test(whole[index - 1] ?? '');
          return pair ? char : '\uFFFD';
        })));
      }),
    );
  });

  it('quotes what YAML would otherwise read as another type or as syntax', () => {
    for (const tricky of ['yes', 'null', '1e3', '- item', 'key: value', '# comment', '"quoted"', "it's", '\u2028', 'ن $x^2$']) {
      expect(load(`v: ${yamlString(tricky)}`)).toEqual({ v: tricky });
    }
  });
});

describe('vault file names', () => {
  it('removes characters file systems or Obsidian links refuse, and keeps names unique ignoring case', () => {
    expect(safeFileName('smith:2020/a*b?"c"<d>|e#f^g[h]')).toBe("smith-2020-a-b-'c'-d--e-f-g-h-");
    expect(safeFileName('  ..hidden. ')).toBe('hidden');
    expect(safeFileName('CON')).toBe('CON_');
    expect(safeFileName('')).toBe('Untitled');
    const namer = new FileNamer();
    expect([namer.name('Notes'), namer.name('notes'), namer.name('Notes')]).toEqual(['Notes', 'notes 2', 'Notes 3']);
  });

  it('links to the sanitised name, so a key with a colon still resolves', () => {
    const entry = (id: number, citationKey: string): ExportEntry => ({
      id, citationKey, title: `Paper ${id}`, displayTitle: `Paper ${id}`, authors: [], year: null, abstract: '', doi: null, arxiv: null,
      url: null, venue: null, type: null, keywords: [], tags: [], fields: {}, status: 'unread', starred: false, addedAt: 0, updatedAt: 0,
    });
    const input: LibraryExportInput = {
      entries: [entry(1, 'smith:2020'), entry(2, 'Smith-2020')],
      highlights: [], notes: [], synthesisNotes: [], lists: [], outsideTitles: new Map(),
      links: [{ id: 1, fromId: 2, toId: 1, label: 'extends', inverseLabel: 'extended by', note: '' }],
    };
    const files = buildVault(input);
    expect(files.map((file) => file.path)).toEqual(['smith-2020.md', 'Smith-2020 2.md']);
    expect(files[1]?.text).toContain('- extends [[smith-2020]]');
    expect(files[0]?.text).toContain('- extended by [[Smith-2020 2]]');
  });

  it('keeps typed [[brackets]] in a title, an abstract or a note as text, so they never make a dangling link', () => {
    const entry: ExportEntry = {
      id: 1, citationKey: 'k1', title: '[[Fake]] title', displayTitle: '[[Fake]] title', authors: [], year: null, abstract: 'See [[elsewhere]].',
      doi: null, arxiv: null, url: null, venue: null, type: null, keywords: [], tags: [], fields: {}, status: 'read', starred: true, addedAt: 0, updatedAt: 0,
    };
    const [file] = buildVault({
      entries: [entry], highlights: [], links: [], synthesisNotes: [], lists: [], outsideTitles: new Map(),
      notes: [{ id: 1, abstractId: 1, json: state({ type: 'paragraph', children: [text('typed [[Nothing]] here')] }), text: '', createdAt: 0, updatedAt: 0 }],
    });
    expect(file?.text).toContain('typed \\[\\[Nothing\\]\\] here');
    // The front matter keeps the title exactly; the body is where Obsidian reads links.
    const body = file?.text.split('\n---\n')[1] ?? '';
    expect(body).toContain('See \\[\\[elsewhere\\]\\].');
    expect(body.match(/(?<!\\)\[\[/gu)).toBeNull();
  });

  it('makes tag paths Obsidian tags', () => {
    expect(obsidianTag('theory/stochastic gradient/sgd')).toBe('theory/stochastic-gradient/sgd');
  });
});

describe('rich text without an editor', () => {
  it('escapes typed syntax but keeps math as written', () => {
    expect(escapeMarkdown('[[not a link]] #tag $a_1 * b$ costs $5')).toBe('\\[\\[not a link\\]\\] \\#tag $a_1 * b$ costs \\$5');
  });

  it('writes headings, quotes, nested lists, emphasis, code, safe links and math as Markdown', () => {
    const json = state(
      { type: 'heading', tag: 'h2', children: [text('Plan')] },
      { type: 'quote', children: [text('quoted'), { type: 'linebreak' }, text('twice')] },
      {
        type: 'list', listType: 'number', children: [
          { type: 'listitem', children: [text('one ', 0), text('bold', 1), text(' and ', 0), text('x*y', 16)] },
          { type: 'listitem', children: [{ type: 'list', listType: 'bullet', children: [{ type: 'listitem', children: [text('nested')] }] }] },
        ],
      },
      { type: 'paragraph', children: [
        { type: 'link', url: 'https://example.org/a b', children: [text('site')] },
        text(' '),
        { type: 'link', url: 'javascript:alert(1)', children: [text('bad')] },
        text(' '),
        { type: 'math', tex: 'x^2' },
      ] },
    );
    expect(richTextToMarkdown({ json, text: '' }, noMention)).toBe(
      '## Plan\n\n> quoted\n> twice\n\n1. one **bold** and `x*y`\n    - nested\n\n[site](https://example.org/a%20b) bad $x^2$',
    );
    expect(richTextToHtml({ json, text: '' }, noMention)).toContain('<a href="https://example.org/a b">site</a> bad <span class="math">$x^2$</span>');
    expect(richTextToHtml({ json: null, text: '<b>typed</b>' }, noMention)).toBe('<p>&#60;b&#62;typed&#60;/b&#62;</p>');
  });
});
