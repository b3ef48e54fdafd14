import katex from 'katex';
import 'katex/dist/katex.min.css';

/**
 * KaTeX's HTML for `tex`, or null when KaTeX rejects it. Untrusted commands (\href, \url, \htmlClass…)
 * stay disabled with `trust: false`; the output is KaTeX's own markup, never the imported string.
 * Its own chunk (with KaTeX's stylesheet): loaded by render-math.ts the first time a formula is shown.
 */
export function katexHtml(tex: string, display: boolean): string | null {
  try {
    return katex.renderToString(tex, {
      trust: false,
      throwOnError: true,
      output: 'htmlAndMathml',
      displayMode: display,
    });
  } catch {
    return null;
  }
}
