/** Normalises what the user typed into a tag path: trimmed segments, no empty ones. */
export function normalizeTagPath(input: string): string {
  return input
    .split('/')
    .map((segment) => segment.trim().replace(/\s+/g, ' '))
    .filter((segment) => segment !== '')
    .join('/');
}

/**
 * Existing tag paths that fit what was typed, best first: paths starting with it, then paths
 * with a segment starting with it, then any containing it. At most `limit`.
 */
export function matchTagPaths(paths: readonly string[], typed: string, limit = 8): string[] {
  const query = normalizeTagPath(typed).toLowerCase();
  if (query === '') return [...paths].sort().slice(0, limit);
  const rank = (path: string): number => {
    const lower = path.toLowerCase();
    if (lower.startsWith(query)) return 0;
    if (lower.split('/').some((segment) => segment.startsWith(query))) return 1;
    return lower.includes(query) ? 2 : -1;
  };
  return paths
    .map((path) => ({ path, rank: rank(path) }))
    .filter((entry) => entry.rank >= 0)
    .sort((a, b) => a.rank - b.rank || a.path.localeCompare(b.path))
    .slice(0, limit)
    .map((entry) => entry.path);
}
