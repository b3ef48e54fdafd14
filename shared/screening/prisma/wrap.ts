/**
 * Greedy word wrap to at most `width` characters a line; a word longer than a line is cut. The
 * SVG has no font metrics to measure with, so widths are counted in characters of a typical width.
 * Only ordinary spaces and line breaks break a line: a no-break space keeps "(n = 3)" whole.
 */
export function wrapText(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/[ \t\r\n]+/u).filter((part) => part !== '')) {
    let rest = [...word];
    while (rest.length > width) {
      if (line !== '') lines.push(line);
      lines.push(rest.slice(0, width).join(''));
      line = '';
      rest = rest.slice(width);
    }
    const piece = rest.join('');
    if (piece === '') continue;
    if (line === '') line = piece;
    else if ([...line].length + 1 + rest.length <= width) line = `${line} ${piece}`;
    else {
      lines.push(line);
      line = piece;
    }
  }
  if (line !== '' || lines.length === 0) lines.push(line);
  return lines;
}
