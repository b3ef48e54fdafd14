import katex from 'katex';

const cache = new Map<string, string | null>();
const CACHE_LIMIT = 2000;

/**
 * KaTeX's HTML for `tex`, or null when KaTeX rejects it. Untrusted commands (\href, \url, \htmlClass…)
 * stay disabled with `trust: false`; the output is KaTeX's own markup, never the imported string.
 */
export function renderMath(tex: string, display: boolean): string | null {
  const key = `${display ? 'D' : 'I'}${tex}`;
  const cached = cache.get(key);
  if (cached !== undefined) return cached;
  let html: string | null;
  try {
    html = katex.renderToString(tex, {
      trust: false,
      throwOnError: true,
      output: 'htmlAndMathml',
      displayMode: display,
    });
  } catch {
    html = null;
  }
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, html);
  return html;
}
