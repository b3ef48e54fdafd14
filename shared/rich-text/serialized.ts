/*
 * Lexical's serialized editor state, read as plain JSON: notes and comments are stored this way,
 * and exports convert them without an editor (or a DOM).
 */

export interface SerializedNode {
  type: string;
  children?: SerializedNode[];
  text?: string;
  /** Text format bits (bold 1, italic 2, strikethrough 4, underline 8, code 16, subscript 32, superscript 64). */
  format?: number | string;
  tag?: string;
  listType?: string;
  checked?: boolean;
  url?: string;
  tex?: string;
  targetId?: number;
  title?: string;
}

export const FORMAT_BOLD = 1;
export const FORMAT_ITALIC = 2;
export const FORMAT_STRIKETHROUGH = 4;
export const FORMAT_UNDERLINE = 8;
export const FORMAT_CODE = 16;

/** The top-level blocks of a saved state; null when there is no state or it cannot be read. */
export function blocksOfState(json: string | null): SerializedNode[] | null {
  if (json === null || json === '') return null;
  try {
    const parsed = JSON.parse(json) as { root?: { children?: unknown } };
    const children = parsed.root?.children;
    return Array.isArray(children) ? (children as SerializedNode[]) : null;
  } catch {
    return null;
  }
}

export function textFormatOf(node: SerializedNode): number {
  return typeof node.format === 'number' ? node.format : 0;
}

/** What a mention is written as; the exporter decides (a vault link, plain text, an HTML link). */
export type MentionWriter = (targetId: number, title: string) => string;

/** The ids of the abstracts a saved state mentions, in document order. */
export function mentionTargetIds(json: string | null): number[] {
  const ids: number[] = [];
  const visit = (node: SerializedNode): void => {
    if (node.type === 'mention' && typeof node.targetId === 'number') ids.push(node.targetId);
    node.children?.forEach(visit);
  };
  blocksOfState(json)?.forEach(visit);
  return ids;
}
