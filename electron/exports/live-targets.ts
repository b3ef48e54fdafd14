/**
 * The files the user chose to keep updated, by the id main gave each. The page rewrites a file
 * by its id alone, so it can only ever write where the user pointed the Save dialog. Kept in a
 * small JSON file in the user-data folder, so the ids outlive a restart.
 */
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { LiveExportTarget } from '../../shared/ipc';
import { writeFileAtomic } from './atomic-write';

export interface LiveTargets {
  add(path: string): Promise<LiveExportTarget>;
  /** The path granted to `id`, or null when it was never given or has been stopped. */
  pathOf(id: string): Promise<string | null>;
  remove(id: string): Promise<void>;
}

function parseStore(text: string): Map<string, string> {
  const parsed: unknown = JSON.parse(text);
  const targets = new Map<string, string>();
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return targets;
  for (const [id, path] of Object.entries(parsed)) if (typeof path === 'string') targets.set(id, path);
  return targets;
}

async function load(storePath: string): Promise<Map<string, string>> {
  try {
    return parseStore(await readFile(storePath, 'utf8'));
  } catch {
    // A missing or unreadable store holds no grants: each export must then be chosen again.
    return new Map();
  }
}

export function createLiveTargets(storePath: string): LiveTargets {
  let targets: Promise<Map<string, string>> | null = null;
  const current = (): Promise<Map<string, string>> => (targets ??= load(storePath));
  const save = async (map: Map<string, string>): Promise<void> =>
    writeFileAtomic(storePath, JSON.stringify(Object.fromEntries(map), null, 2));
  return {
    async add(path) {
      const map = await current();
      const id = randomUUID();
      map.set(id, path);
      await save(map);
      return { id, path };
    },
    async pathOf(id) {
      return (await current()).get(id) ?? null;
    },
    async remove(id) {
      const map = await current();
      if (map.delete(id)) await save(map);
    },
  };
}
