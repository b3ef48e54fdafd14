/**
 * Characters per piece of a capture's decoded text. A 30 MB capture is one string the page would
 * clone, decode or store in one task of seconds; a piece takes a few milliseconds.
 */
export const TEXT_PIECE_LENGTH = 256 * 1024;

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** `text` cut into consecutive pieces of at most `pieceLength` characters, never inside a surrogate pair. */
export function textPiecesOf(text: string, pieceLength: number = TEXT_PIECE_LENGTH): string[] {
  const pieces: string[] = [];
  for (let from = 0; from < text.length; ) {
    let to = Math.min(from + pieceLength, text.length);
    if (to < text.length && to - from > 1 && isHighSurrogate(text.charCodeAt(to - 1))) to -= 1;
    pieces.push(text.slice(from, to));
    from = to;
  }
  return pieces;
}
