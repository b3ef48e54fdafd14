// Lexical's serialized editor state, as the app's editors save notes and comments.

/** A text node with no formatting. */
export function textNode(text: string): object {
  return { type: 'text', text, detail: 0, format: 0, mode: 'normal', style: '', version: 1 };
}

/** The saved state (JSON) of paragraphs made of these inline nodes. */
export function paragraphsJson(paragraphs: readonly (readonly object[])[]): string {
  return JSON.stringify({
    root: {
      type: 'root',
      version: 1,
      direction: null,
      format: '',
      indent: 0,
      children: paragraphs.map((children) => ({
        type: 'paragraph',
        version: 1,
        direction: null,
        format: '',
        indent: 0,
        textFormat: 0,
        textStyle: '',
        children,
      })),
    },
  });
}
