/** The colours sigma draws with; it paints on canvases, so it cannot read CSS itself. */
export interface GraphTheme {
  background: string;
  node: string;
  /** The open or found abstract. */
  accent: string;
  label: string;
  labelBackground: string;
  labelBorder: string;
}

const LIGHT: GraphTheme = {
  background: '#ffffff',
  node: '#5d5d64',
  accent: '#0a62cc',
  label: '#1d1d1f',
  labelBackground: '#ffffff',
  labelBorder: '#cfcfd6',
};

/**
 * The palette's tokens as they currently resolve (they follow data-theme and the system). A token
 * holds `light-dark(…)`, which only a colour property resolves, so each is read through a probe's colour.
 */
export function readGraphTheme(root: HTMLElement = document.documentElement): GraphTheme {
  const probe = document.createElement('span');
  probe.hidden = true;
  root.append(probe);
  const token = (name: string, fallback: string): string => {
    probe.style.color = `var(${name}, ${fallback})`;
    return getComputedStyle(probe).color || fallback;
  };
  const theme = {
    background: token('--bg', LIGHT.background),
    node: token('--text-muted', LIGHT.node),
    accent: token('--accent', LIGHT.accent),
    label: token('--text', LIGHT.label),
    labelBackground: token('--bg-raised', LIGHT.labelBackground),
    labelBorder: token('--border-strong', LIGHT.labelBorder),
  };
  probe.remove();
  return theme;
}

/** Calls `onChange` when the theme may have changed: the system appearance or `<html data-theme>`. */
export function watchTheme(onChange: () => void): () => void {
  const media = window.matchMedia('(prefers-color-scheme: dark)');
  media.addEventListener('change', onChange);
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme', 'class', 'style'] });
  return () => {
    media.removeEventListener('change', onChange);
    observer.disconnect();
  };
}
