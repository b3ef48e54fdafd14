import type { JabRefMetadata } from '@retorquere/bibtex-parser';

type Group = JabRefMetadata['root'][number];

/** JabRef's group tree, read for the two ways a file says which entries a group holds. */
export interface GroupIndex {
  /** From the tree itself: older JabRef and Better BibTeX's JabRef-3 export list each group's keys (`groupstree`). */
  pathsByKey: ReadonlyMap<string, readonly string[]>;
  /** A group's path (`theory/sgd`) by its name, for the per-entry `groups` field of JabRef 4 and later. */
  pathByName: ReadonlyMap<string, string>;
}

export function indexGroups(jabref: JabRefMetadata): GroupIndex {
  const pathsByKey = new Map<string, string[]>();
  const pathByName = new Map<string, string>();
  const visited = new Set<Group>();
  const visit = (group: Group, parentPath: string): void => {
    // The parser can make a group its own child when a tree skips a level; each group is read once.
    if (visited.has(group)) return;
    visited.add(group);
    // A damaged line can leave a group without a name: its entries and subgroups belong to its parent.
    const name = typeof group.name === 'string' ? group.name.trim() : '';
    const path = name === '' ? parentPath : parentPath === '' ? name : `${parentPath}/${name}`;
    if (path === '') {
      for (const child of group.groups) visit(child, path);
      return;
    }
    // A name may recur in the tree; JabRef files an entry's `groups` name under its first appearance.
    if (name !== '' && !pathByName.has(name)) pathByName.set(name, path);
    for (const key of group.entries) pathsByKey.set(key, [...(pathsByKey.get(key) ?? []), path]);
    for (const child of group.groups) visit(child, path);
  };
  for (const group of jabref.root) visit(group, '');
  return { pathsByKey, pathByName };
}

/** The group paths of one entry: those that list its key, and those its `groups` field names (comma-separated). */
export function entryGroupPaths(index: GroupIndex, key: string, groupsField: string | undefined): string[] {
  const named = (groupsField ?? '')
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '')
    .map((name) => index.pathByName.get(name) ?? name);
  return [...(index.pathsByKey.get(key) ?? []), ...named];
}
