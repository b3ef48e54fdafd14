import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { ARGUMENT_COMMANDS, DELIMITER_SIZERS, MATH_COMMANDS } from '../../../../shared/text/latex-commands';

/** A formula that uses the command the way a repaired abstract would. */
function sampleFormula(name: string): string {
  if (DELIMITER_SIZERS.has(name))
    return name === 'left' || name === 'right' ? '\\left( x \\right)' : `\\${name}( x`;
  if (ARGUMENT_COMMANDS.has(name)) return `\\${name}{x}{y}`;
  return `x \\${name} y`;
}

describe('the commands the LaTeX repair may restore', () => {
  it('all render in KaTeX', () => {
    const failures = [...MATH_COMMANDS].filter((name) => {
      try {
        katex.renderToString(sampleFormula(name), { throwOnError: true });
        return false;
      } catch {
        return true;
      }
    });
    expect(failures).toEqual([]);
  });
});
