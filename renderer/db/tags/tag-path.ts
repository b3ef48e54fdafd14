/**
 * A tag path as stored: segments trimmed, inner runs of spaces collapsed, empty segments dropped
 * (so `a//b/` is `a/b`). Throws when nothing is left.
 */
export function normaliseTagPath(path: string): string {
  const segments = path
    .split('/')
    .map((segment) => segment.trim().replace(/\s+/gu, ' '))
    .filter((segment) => segment !== '');
  if (segments.length === 0) throw new Error(`A tag needs a name: "${path}" has none.`);
  return segments.join('/');
}

/** `a`, `a/b`, `a/b/c` for `a/b/c`: the path itself and every ancestor, outermost first. */
export function pathWithAncestors(path: string): string[] {
  const segments = path.split('/');
  return segments.map((_, index) => segments.slice(0, index + 1).join('/'));
}

export function lastSegment(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? path : path.slice(slash + 1);
}

export function parentPath(path: string): string | null {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? null : path.slice(0, slash);
}

/** True when `path` is `root` or lies under it. */
export function isWithin(path: string, root: string): boolean {
  return path === root || path.startsWith(`${root}/`);
}

/** `path` moved from under `fromRoot` to under `toRoot`: `a/b/c` from `a` to `x/y` is `x/y/b/c`. */
export function rebasePath(path: string, fromRoot: string, toRoot: string): string {
  return toRoot + path.slice(fromRoot.length);
}
