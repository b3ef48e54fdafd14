import { isAllowedLinkUrl } from './link-url';
import {
  blocksOfState,
  FORMAT_BOLD,
  FORMAT_CODE,
  FORMAT_ITALIC,
  FORMAT_STRIKETHROUGH,
  FORMAT_UNDERLINE,
  textFormatOf,
  type SerializedNode,
} from './serialized';

/*
 * A note or comment as an HTML fragment, read from its saved Lexical state without an editor or a
 * DOM. Every piece of text is escaped; links keep only web and mail URLs.
 */

/** How a mention is written in HTML: a link to the mentioned abstract's URN, for instance. */
export type HtmlMentionWriter = (targetId: number, title: string) => string;

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

function formattedText(node: SerializedNode): string {
  const format = textFormatOf(node);
  let out = escapeHtml(node.text ?? '');
  if (format & FORMAT_CODE) out = `<code>${out}</code>`;
  if (format & FORMAT_UNDERLINE) out = `<u>${out}</u>`;
  if (format & FORMAT_STRIKETHROUGH) out = `<s>${out}</s>`;
  if (format & FORMAT_ITALIC) out = `<em>${out}</em>`;
  if (format & FORMAT_BOLD) out = `<strong>${out}</strong>`;
  return out;
}

function children(node: SerializedNode, mention: HtmlMentionWriter): string {
  return (node.children ?? []).map((child) => html(child, mention)).join('');
}

function html(node: SerializedNode, mention: HtmlMentionWriter): string {
  switch (node.type) {
    case 'text':
      return formattedText(node);
    case 'linebreak':
      return '<br>';
    case 'tab':
      return '\t';
    case 'math':
      return `<span class="math">${escapeHtml(`$${node.tex ?? ''}$`)}</span>`;
    case 'mention':
      return mention(node.targetId ?? -1, node.title ?? '');
    case 'link':
    case 'autolink':
      return node.url !== undefined && isAllowedLinkUrl(node.url.trim())
        ? `<a href="${escapeHtml(node.url.trim())}">${children(node, mention)}</a>`
        : children(node, mention);
    case 'paragraph':
      return `<p>${children(node, mention)}</p>`;
    case 'heading':
      return /^h[1-6]$/.test(node.tag ?? '') ? `<${node.tag}>${children(node, mention)}</${node.tag}>` : `<p>${children(node, mention)}</p>`;
    case 'quote':
      return `<blockquote>${children(node, mention)}</blockquote>`;
    case 'list': {
      const tag = node.listType === 'number' ? 'ol' : 'ul';
      return `<${tag}>${children(node, mention)}</${tag}>`;
    }
    case 'listitem': {
      const box = node.checked === undefined ? '' : `<input type="checkbox" disabled${node.checked ? ' checked' : ''}> `;
      return `<li>${box}${children(node, mention)}</li>`;
    }
    default:
      return node.children === undefined ? escapeHtml(node.text ?? '') : children(node, mention);
  }
}

/** Rich content as an HTML fragment; without a saved state, its plain text in paragraphs. */
export function richTextToHtml(content: { json: string | null; text: string }, mention: HtmlMentionWriter): string {
  const blocks = blocksOfState(content.json);
  if (blocks === null) {
    return content.text
      .split(/\n{2,}/u)
      .filter((part) => part.trim() !== '')
      .map((part) => `<p>${escapeHtml(part.trim()).replace(/\n/g, '<br>')}</p>`)
      .join('');
  }
  return blocks.map((node) => html(node, mention)).join('');
}
