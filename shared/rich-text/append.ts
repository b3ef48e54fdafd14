/** A note's or comment's content: Lexical's serialized state (null until written in an editor) and its plain text. */
export interface RichContent {
  json: string | null;
  text: string;
}

interface SerializedRoot {
  root: { children: unknown[] } & Record<string, unknown>;
}

function parse(json: string | null): SerializedRoot | null {
  if (json === null || json === '') return null;
  try {
    const parsed = JSON.parse(json) as { root?: { children?: unknown } };
    if (typeof parsed.root !== 'object' || parsed.root === null || !Array.isArray(parsed.root.children)) return null;
    return parsed as SerializedRoot;
  } catch {
    return null;
  }
}

function paragraphOf(text: string): object {
  return {
    type: 'paragraph',
    version: 1,
    direction: null,
    format: '',
    indent: 0,
    textFormat: 0,
    textStyle: '',
    children: [{ type: 'text', text, detail: 0, format: 0, mode: 'normal', style: '', version: 1 }],
  };
}

function isEmptyParagraph(block: unknown): boolean {
  const { type, children } = (block ?? {}) as { type?: unknown; children?: unknown };
  return type === 'paragraph' && Array.isArray(children) && children.length === 0;
}

/** The top-level blocks of a content; plain text without a saved state becomes one paragraph per blank-line-separated part. */
function blocksOf(content: RichContent): unknown[] {
  const state = parse(content.json);
  if (state !== null) return state.root.children.filter((block) => !isEmptyParagraph(block));
  return content.text
    .split(/\n{2,}/u)
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map(paragraphOf);
}

const EMPTY_ROOT: SerializedRoot = { root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children: [] } };

/**
 * `second` appended to `first`, block after block, so nothing of either is lost: the first's root
 * (its format, direction) is kept. Plain texts join with a blank line, as an editor saves blocks.
 */
export function appendRichText(first: RichContent, second: RichContent): RichContent {
  const text = [first.text, second.text].filter((part) => part.trim() !== '').join('\n\n');
  if (first.json === null && second.json === null) return { json: null, text };
  const base = parse(first.json) ?? EMPTY_ROOT;
  const children = [...blocksOf(first), ...blocksOf(second)];
  return { json: JSON.stringify({ ...base, root: { ...base.root, children } }), text };
}
