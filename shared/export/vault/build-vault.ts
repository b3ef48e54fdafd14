import { abstractFile } from './abstract-file';
import { FileNamer } from './file-names';
import { listFile } from './list-file';
import { synthesisFile } from './synthesis-file';
import { VaultLinks } from './vault-links';
import type { LibraryExportInput, VaultFile } from './types';

export const SYNTHESIS_FOLDER = 'Synthesis';
export const LISTS_FOLDER = 'Lists';

function groupBy<T>(items: readonly T[], key: (item: T) => number): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const item of items) {
    const id = key(item);
    const group = groups.get(id);
    if (group === undefined) groups.set(id, [item]);
    else group.push(item);
  }
  return groups;
}

/**
 * The vault's files one at a time, so a 100k-abstract export can be zipped as it is written:
 * `<citekey>.md` per abstract, `Synthesis/<title>.md` per synthesis note, `Lists/<name>.md` per list.
 */
export function* vaultFiles(input: LibraryExportInput): Generator<VaultFile> {
  const links = new VaultLinks(input);
  const highlights = groupBy(input.highlights, (highlight) => highlight.abstractId);
  const notes = new Map(input.notes.map((note) => [note.abstractId, note]));
  const outgoing = groupBy(input.links, (link) => link.fromId);
  const incoming = groupBy(input.links, (link) => link.toId);
  for (const entry of input.entries) {
    const parts = {
      highlights: highlights.get(entry.id) ?? [],
      note: notes.get(entry.id),
      outgoing: outgoing.get(entry.id) ?? [],
      incoming: incoming.get(entry.id) ?? [],
    };
    yield { path: `${links.fileName(entry.id) ?? entry.citationKey}.md`, text: abstractFile(entry, parts, links) };
  }
  const noteNames = new FileNamer();
  for (const note of input.synthesisNotes) {
    yield { path: `${SYNTHESIS_FOLDER}/${noteNames.name(note.title)}.md`, text: synthesisFile(note, links) };
  }
  const listNames = new FileNamer();
  for (const list of input.lists) {
    yield { path: `${LISTS_FOLDER}/${listNames.name(list.name)}.md`, text: listFile(list, links) };
  }
}

/** Every file of the vault (see vaultFiles). */
export function buildVault(input: LibraryExportInput): VaultFile[] {
  return [...vaultFiles(input)];
}
