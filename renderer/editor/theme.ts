import type { EditorThemeClasses } from 'lexical';

/** Class names Lexical puts on the nodes it renders; styled in editor.css. */
export const EDITOR_THEME: EditorThemeClasses = {
  paragraph: 'editor-paragraph',
  quote: 'editor-quote',
  heading: { h1: 'editor-h1', h2: 'editor-h2', h3: 'editor-h3', h4: 'editor-h3', h5: 'editor-h3', h6: 'editor-h3' },
  list: {
    ul: 'editor-ul',
    ol: 'editor-ol',
    listitem: 'editor-li',
    nested: { listitem: 'editor-li-nested' },
  },
  link: 'editor-link',
  text: {
    bold: 'editor-bold',
    italic: 'editor-italic',
    code: 'editor-code',
    strikethrough: 'editor-strike',
    underline: 'editor-underline',
  },
};
