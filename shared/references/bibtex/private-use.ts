const FIRST_PRIVATE_USE = 0xe000;
const LAST_PRIVATE_USE = 0xf8ff;
const PRIVATE_USE = /[\uE000-\uF8FF]/gu;

/**
 * Up to `count` private-use characters that `text` does not contain. The parser passes them through
 * untouched, so they can stand in for source text that must not reach its LaTeX step.
 */
export function unusedPrivateUseCharacters(text: string, count: number): string[] {
  const used = new Set(text.match(PRIVATE_USE) ?? []);
  const unused: string[] = [];
  for (let code = FIRST_PRIVATE_USE; code <= LAST_PRIVATE_USE && unused.length < count; code += 1) {
    const character = String.fromCharCode(code);
    if (!used.has(character)) unused.push(character);
  }
  return unused;
}
