import type { MentionInput } from './links';

/** The serialized form of a mention node, as MentionNode.exportJSON writes it. */
export const MENTION_NODE_TYPE = 'mention';

/** The longest context kept for one mention; a run-on paragraph is cut around the mention. */
const MAX_CONTEXT = 280;

interface SerializedNodeLike {
  type?: unknown;
  text?: unknown;
  title?: unknown;
  targetId?: unknown;
  tex?: unknown;
  children?: unknown;
}

interface BlockText {
  text: string;
  mentions: { toId: number; start: number; end: number }[];
}

function childrenOf(node: SerializedNodeLike): SerializedNodeLike[] {
  return Array.isArray(node.children) ? (node.children as SerializedNodeLike[]) : [];
}

const INLINE_TYPES = new Set(['text', 'tab', 'linebreak', 'link', 'autolink', 'math', MENTION_NODE_TYPE]);

/** A block holds inline content (text, mentions…) rather than other blocks. */
function isTextBlock(node: SerializedNodeLike): boolean {
  return childrenOf(node).some((child) => typeof child.type === 'string' && INLINE_TYPES.has(child.type));
}

/** Flattens the inline content of one block, recording where each mention's title lands. */
function appendInline(node: SerializedNodeLike, into: BlockText): void {
  if (node.type === MENTION_NODE_TYPE && typeof node.targetId === 'number') {
    const title = typeof node.title === 'string' ? node.title : '';
    into.mentions.push({ toId: node.targetId, start: into.text.length, end: into.text.length + title.length });
    into.text += title;
  } else if (typeof node.text === 'string') {
    into.text += node.text;
  } else if (node.type === 'math' && typeof node.tex === 'string') {
    into.text += `$${node.tex}$`;
  } else if (node.type === 'linebreak') {
    into.text += '\n';
  } else {
    for (const child of childrenOf(node)) appendInline(child, into);
  }
}

function collectBlocks(node: SerializedNodeLike, blocks: BlockText[]): void {
  if (isTextBlock(node)) {
    const block: BlockText = { text: '', mentions: [] };
    for (const child of childrenOf(node)) appendInline(child, block);
    blocks.push(block);
    return;
  }
  for (const child of childrenOf(node)) collectBlocks(child, blocks);
}

/** A sentence ends at . ! ? (or a line break) followed by white space. */
const SENTENCE_BREAK = /[.!?]+\s+|\n+/g;

/** The sentence of `text` that holds [start, end), trimmed and cut to a readable length. */
export function sentenceAround(text: string, start: number, end: number): string {
  let from = 0;
  let to = text.length;
  for (const match of text.matchAll(SENTENCE_BREAK)) {
    const breakEnd = match.index + match[0].length;
    if (breakEnd <= start) from = breakEnd;
    else if (match.index >= end) {
      to = match.index + match[0].trimEnd().length;
      break;
    }
  }
  const sentence = text.slice(from, to).replace(/\s+/g, ' ').trim();
  if (sentence.length <= MAX_CONTEXT) return sentence;
  const offset = Math.max(0, Math.min(start - from - MAX_CONTEXT / 2, sentence.length - MAX_CONTEXT));
  return `${offset > 0 ? '…' : ''}${sentence.slice(offset, offset + MAX_CONTEXT).trim()}…`;
}

function blocksOf(json: string | null): BlockText[] {
  if (json === null || json === '') return [];
  let root: SerializedNodeLike;
  try {
    root = (JSON.parse(json) as { root?: SerializedNodeLike }).root ?? {};
  } catch {
    return [];
  }
  const blocks: BlockText[] = [];
  collectBlocks(root, blocks);
  return blocks;
}

/** The plain text of saved Lexical JSON (for search), its blocks apart by a blank line as the editor writes it. */
export function plainTextOf(json: string | null): string {
  return blocksOf(json)
    .map((block) => block.text)
    .join('\n\n');
}

/**
 * The mentions in a note's or comment's saved Lexical JSON, in document order, each with the
 * sentence around it (the mention written as its title). Broken or empty JSON has none.
 */
export function extractMentions(json: string | null): MentionInput[] {
  const blocks = blocksOf(json);
  const seen = new Set<string>();
  const mentions: MentionInput[] = [];
  for (const block of blocks) {
    for (const mention of block.mentions) {
      const context = sentenceAround(block.text, mention.start, mention.end);
      const key = `${mention.toId}\n${context}`;
      if (seen.has(key)) continue;
      seen.add(key);
      mentions.push({ toId: mention.toId, context });
    }
  }
  return mentions;
}
