/**
 * Which files main may read for a window: those the user chose in the open dialog or dropped.
 * Each grant is for the exact path handed over and is used up by one read. It remembers what
 * the path resolved to when granted, so a path swapped for a link to another file is refused.
 * Plain Node (no Electron), so it is tested on real files.
 */
import { realpath, stat } from 'node:fs/promises';

/** Grants one window may hold unused; beyond it the oldest go (a drop is far smaller). */
export const MAX_OPEN_GRANTS = 10_000;

export const NOT_GRANTED = 'it was not dropped on the window or chosen with Import.';
export const CHANGED_SINCE_GRANTED = 'it changed on disk after it was chosen; import it again.';

export type GrantUse = { ok: true; path: string } | { ok: false; reason: string };

interface Identity {
  realPath: string;
  dev: number;
  ino: number;
}

export interface PathGrants {
  /** Lets window `scope` read each path once. */
  grant(scope: number, paths: readonly string[]): Promise<void>;
  /** Uses up the grant for exactly `path`: the path to read, or why it may not be read. */
  take(scope: number, path: string): Promise<GrantUse>;
}

async function identityOf(path: string): Promise<Identity | null> {
  try {
    const realPath = await realpath(path);
    const info = await stat(realPath);
    return { realPath, dev: info.dev, ino: info.ino };
  } catch {
    return null;
  }
}

export function createPathGrants(maxOpen = MAX_OPEN_GRANTS): PathGrants {
  const byScope = new Map<number, Map<string, Identity | null>>();

  return {
    async grant(scope, paths) {
      const identities = await Promise.all(paths.map(identityOf));
      const grants = byScope.get(scope) ?? new Map<string, Identity | null>();
      byScope.set(scope, grants);
      paths.forEach((path, i) => {
        grants.delete(path);
        grants.set(path, identities[i] ?? null);
      });
      for (const oldest of grants.keys()) {
        if (grants.size <= maxOpen) break;
        grants.delete(oldest);
      }
    },

    async take(scope, path) {
      const grants = byScope.get(scope);
      if (!grants?.has(path)) return { ok: false, reason: NOT_GRANTED };
      const granted = grants.get(path) ?? null;
      grants.delete(path);
      const now = await identityOf(path);
      // Gone now: the read names the cause. Missing when granted but there now: not what was chosen.
      if (now === null) return { ok: true, path };
      if (granted === null) return { ok: false, reason: CHANGED_SINCE_GRANTED };
      const same = now.realPath === granted.realPath && now.dev === granted.dev && now.ino === granted.ino;
      return same ? { ok: true, path } : { ok: false, reason: CHANGED_SINCE_GRANTED };
    },
  };
}
