import { $convertToMarkdownString, type TextMatchTransformer } from '@lexical/markdown';
import { $isTextNode, createEditor } from 'lexical';
import { NOTE_TRANSFORMERS } from '../../editor/markdown';
import { EDITOR_NODES } from '../../editor/nodes';
import { $isMentionNode, MentionNode } from '../../editor/nodes/MentionNode';

/** Writes a mention as `[[display title]]`, using the target's title now when it is still there. */
function mentionExport(titles: ReadonlyMap<number, string>): TextMatchTransformer {
  return {
    type: 'text-match',
    dependencies: [MentionNode],
    // Export only: typed `[[…]]` is handled by the mentions typeahead, not by Markdown shortcuts.
    regExp: /(?!)/,
    replace: () => undefined,
    export: (node) => ($isMentionNode(node) ? `[[${titles.get(node.getTargetId()) ?? node.getTitle()}]]` : null),
  };
}

/**
 * Typed text stays text: `[` and `<` go out as character references, so words the link policy kept
 * as text (`[x](javascript:…)`, `<javascript:…>`) can't become links, autolinks or HTML in the file.
 * Lexical escapes the emphasis characters itself; inline code is literal already.
 */
const LITERAL_TEXT: TextMatchTransformer = {
  type: 'text-match',
  dependencies: [],
  regExp: /(?!)/,
  replace: () => undefined,
  export: (node, _exportChildren, exportFormat) =>
    $isTextNode(node) && !node.hasFormat('code') ? exportFormat(node, node.getTextContent().replace(/\[/g, '&#91;').replace(/</g, '&lt;')) : null,
};

/** The ids of the abstracts a note's saved Lexical JSON mentions. */
export function mentionedIds(json: string | null): number[] {
  if (json === null) return [];
  const ids: number[] = [];
  JSON.parse(json, (key, value: unknown) => {
    if (key === 'targetId' && typeof value === 'number') ids.push(value);
    return value;
  });
  return ids;
}

/**
 * A note as Markdown: its title as a heading, then its content with mentions as
 * `[[display title]]`. `titles` holds the mentioned abstracts' current display titles.
 */
export function noteToMarkdown(title: string, json: string | null, titles: ReadonlyMap<number, string>): string {
  const heading = `# ${title.replace(/\s+/g, ' ').trim()}`;
  if (json === null) return `${heading}\n`;
  const editor = createEditor({ namespace: 'lectern-export', nodes: EDITOR_NODES, onError: (error) => { throw error; } });
  const state = editor.parseEditorState(json);
  const body = state.read(() => $convertToMarkdownString([mentionExport(titles), LITERAL_TEXT, ...NOTE_TRANSFORMERS]));
  return body.trim() === '' ? `${heading}\n` : `${heading}\n\n${body.trim()}\n`;
}
