import { isAllowedLinkUrl } from './link-url';
import { escapeMarkdown } from './markdown-escape';
import {
  blocksOfState,
  FORMAT_BOLD,
  FORMAT_CODE,
  FORMAT_ITALIC,
  FORMAT_STRIKETHROUGH,
  textFormatOf,
  type MentionWriter,
  type SerializedNode,
} from './serialized';

/*
 * A note or comment as Markdown, read from its saved Lexical state without an editor: the same
 * syntax the editors' Markdown shortcuts accept (headings, quotes, lists, emphasis, code, links,
 * `$math$`). Typed text is escaped, so it never becomes a link, a tag or HTML in the file.
 */

function codeSpan(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

function formattedText(node: SerializedNode): string {
  const text = node.text ?? '';
  const format = textFormatOf(node);
  if (format & FORMAT_CODE) return codeSpan(text);
  // Emphasis markers must touch the words, so surrounding spaces stay outside them.
  const match = /^(\s*)([\s\S]*?)(\s*)$/u.exec(text);
  const [lead, core, trail] = [match?.[1] ?? '', match?.[2] ?? text, match?.[3] ?? ''];
  if (core === '') return text;
  let out = escapeMarkdown(core);
  if (format & FORMAT_STRIKETHROUGH) out = `~~${out}~~`;
  if (format & FORMAT_ITALIC) out = `*${out}*`;
  if (format & FORMAT_BOLD) out = `**${out}**`;
  return `${lead}${out}${trail}`;
}

function linkDestination(url: string): string {
  return url.trim().replace(/[\s()<>]/gu, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

function inline(nodes: readonly SerializedNode[] | undefined, mention: MentionWriter): string {
  let out = '';
  for (const node of nodes ?? []) {
    switch (node.type) {
      case 'text':
        out += formattedText(node);
        break;
      case 'linebreak':
        out += '\n';
        break;
      case 'tab':
        out += '\t';
        break;
      case 'math':
        out += `$${node.tex ?? ''}$`;
        break;
      case 'mention':
        out += mention(node.targetId ?? -1, node.title ?? '');
        break;
      case 'link':
      case 'autolink': {
        const label = inline(node.children, mention);
        out += node.url !== undefined && isAllowedLinkUrl(node.url.trim()) ? `[${label}](${linkDestination(node.url)})` : label;
        break;
      }
      default:
        out += node.children === undefined ? escapeMarkdown(node.text ?? '') : inline(node.children, mention);
    }
  }
  return out;
}

function prefixLines(text: string, first: string, rest: string): string {
  return text
    .split('\n')
    .map((line, index) => (index === 0 ? first : rest) + line)
    .join('\n');
}

function list(node: SerializedNode, mention: MentionWriter): string {
  let number = 0;
  const lines: string[] = [];
  for (const item of node.children ?? []) {
    const nested = (item.children ?? []).filter((child) => child.type === 'list');
    const own = (item.children ?? []).filter((child) => child.type !== 'list');
    const body = [inline(own, mention), ...nested.map((child) => list(child, mention))].filter((part) => part !== '');
    // An item that holds only a nested list is Lexical's way of indenting; it gets no marker of its own.
    if (own.length === 0 && nested.length > 0) {
      lines.push(...body.map((part) => prefixLines(part, '    ', '    ')));
      continue;
    }
    number += 1;
    const marker = node.listType === 'number' ? `${number}. ` : node.listType === 'check' ? `- [${item.checked === true ? 'x' : ' '}] ` : '- ';
    lines.push(prefixLines(body.join('\n'), marker, ' '.repeat(marker.length > 4 ? 4 : marker.length)));
  }
  return lines.join('\n');
}

function block(node: SerializedNode, mention: MentionWriter): string {
  switch (node.type) {
    case 'heading': {
      const level = Number(/^h([1-6])$/.exec(node.tag ?? '')?.[1] ?? 1);
      return `${'#'.repeat(level)} ${inline(node.children, mention).replace(/\n/g, ' ')}`;
    }
    case 'quote':
      return prefixLines(inline(node.children, mention), '> ', '> ');
    case 'list':
      return list(node, mention);
    default:
      return node.children === undefined ? escapeMarkdown(node.text ?? '') : inline(node.children, mention);
  }
}

/**
 * Rich content as Markdown. Without a saved state the plain text is escaped, paragraph by paragraph.
 * `mention` writes each mention (a vault exporter makes it a `[[key|title]]` link).
 */
export function richTextToMarkdown(content: { json: string | null; text: string }, mention: MentionWriter): string {
  const blocks = blocksOfState(content.json);
  if (blocks === null) return escapeMarkdown(content.text.trim());
  return blocks
    .map((node) => block(node, mention))
    .filter((part) => part.trim() !== '')
    .join('\n\n');
}
