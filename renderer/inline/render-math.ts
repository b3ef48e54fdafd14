import { useEffect, useSyncExternalStore } from 'react';

type KatexHtml = (tex: string, display: boolean) => string | null;

const cache = new Map<string, string | null>();
const CACHE_LIMIT = 2000;

// KaTeX (~275 KB) is kept out of the start: it loads the first time a formula is on screen.
let katexHtml: KatexHtml | undefined;
let loading: Promise<void> | undefined;
const listeners = new Set<() => void>();

/** Starts loading KaTeX, once; resolves when formulas can be typeset. */
export function loadMath(): Promise<void> {
  loading ??= import('./katex-render').then((module) => {
    katexHtml = module.katexHtml;
    for (const listener of listeners) listener();
  });
  return loading;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function isMathLoaded(): boolean {
  return katexHtml !== undefined;
}

/** KaTeX's HTML for `tex` (null when KaTeX rejects it), or undefined while KaTeX is not loaded yet. */
export function renderMath(tex: string, display: boolean): string | null | undefined {
  if (katexHtml === undefined) return undefined;
  const key = `${display ? 'D' : 'I'}${tex}`;
  const cached = cache.get(key);
  if (cached !== undefined) return cached;
  const html = katexHtml(tex, display);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, html);
  return html;
}

/** `renderMath` for a component: loads KaTeX when needed, and re-renders once it is in. */
export function useRenderedMath(tex: string, display: boolean): string | null | undefined {
  const loaded = useSyncExternalStore(subscribe, isMathLoaded);
  useEffect(() => {
    if (!loaded) void loadMath();
  }, [loaded]);
  return loaded ? renderMath(tex, display) : undefined;
}
