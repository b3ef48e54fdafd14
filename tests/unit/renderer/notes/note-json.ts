import { paragraphsJson, textNode } from '../../support/lexical-state';

/** A piece of a paragraph: plain text, a mention of an abstract shown with `title`, or a link. */
export type Piece = string | { mention: number; title: string } | { link: string; text: string };

function inline(piece: Piece): object {
  if (typeof piece === 'string') return textNode(piece);
  if ('link' in piece) {
    const element = { direction: null, format: '', indent: 0, version: 1 };
    return { ...element, type: 'link', url: piece.link, rel: null, target: null, title: null, children: [textNode(piece.text)] };
  }
  return { type: 'mention', version: 1, targetId: piece.mention, title: piece.title };
}

/** Lexical's serialized editor state for paragraphs made of `pieces`, as the editors save it. */
export function noteJson(...paragraphs: Piece[][]): string {
  return paragraphsJson(paragraphs.map((pieces) => pieces.map(inline)));
}
