/**
 * A math span as the app writes it: `$…$` inline, `$$…$$` display (LaTeX's `\(…\)` and `\[…\]` too),
 * on one line, without space inside the delimiters (the app, like Pandoc, reads `$ x $` as dollar signs).
 */
export function mathAsDollars(source: string): string {
  const display = source.startsWith('$$') || source.startsWith('\\[');
  const delimiter = display ? 2 : 1;
  const inner = source.slice(
    source.startsWith('\\') ? 2 : delimiter,
    source.length - (source.startsWith('\\') ? 2 : delimiter),
  );
  const dollars = display ? '$$' : '$';
  return `${dollars}${inner.replace(/\s+/gu, ' ').trim()}${dollars}`;
}
