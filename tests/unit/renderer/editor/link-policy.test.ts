import { $isLinkNode, type LinkNode } from '@lexical/link';
import { $convertFromMarkdownString } from '@lexical/markdown';
import { $dfs } from '@lexical/utils';
import { $getRoot, createEditor, type LexicalEditor } from 'lexical';
import { describe, expect, it } from 'vitest';
import { registerLinkPolicy } from '../../../../renderer/editor/link-policy';
import { NOTE_TRANSFORMERS } from '../../../../renderer/editor/markdown';
import { EDITOR_NODES } from '../../../../renderer/editor/nodes';
import { noteJson } from '../notes/note-json';

function headlessEditor(): LexicalEditor {
  return createEditor({ namespace: 'link-policy-test', nodes: EDITOR_NODES, onError: (error) => { throw error; } });
}

function linksAndText(editor: LexicalEditor): { urls: string[]; text: string } {
  return editor.getEditorState().read(() => ({
    urls: $dfs()
      .map(({ node }) => node)
      .filter((node): node is LinkNode => $isLinkNode(node))
      .map((node) => node.getURL()),
    text: $getRoot().getTextContent(),
  }));
}

describe('the editor link policy', () => {
  it('unwraps unsafe links in a stored note as the editor loads it, keeping their text', async () => {
    const editor = headlessEditor();
    editor.setEditorState(
      editor.parseEditorState(
        noteJson([
          'See ',
          { link: 'javascript:alert(1)', text: 'this' },
          ', ',
          { link: 'file:///etc/passwd', text: 'that' },
          ' and ',
          { link: 'https://example.org/p', text: 'the paper' },
        ]),
      ),
    );
    expect(linksAndText(editor).urls).toHaveLength(3);
    registerLinkPolicy(editor);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(linksAndText(editor)).toEqual({ urls: ['https://example.org/p'], text: 'See this, that and the paper' });
  });

  it('keeps Markdown links to unsafe URLs as typed text', () => {
    const editor = headlessEditor();
    registerLinkPolicy(editor);
    editor.update(() => $convertFromMarkdownString('[a](javascript:alert(1)) [b](data:text/html,x) [c](https://example.org)', NOTE_TRANSFORMERS), {
      discrete: true,
    });
    const { urls, text } = linksAndText(editor);
    expect(urls).toEqual(['https://example.org']);
    expect(text).toContain('[a](javascript:alert(1))');
  });
});
