import 'fake-indexeddb/auto';
import { unzipSync, strFromU8 } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildVault } from '../../../../shared/export/vault/build-vault';
import type { LibraryExportInput, VaultFile } from '../../../../shared/export/vault/types';
import { zipVault } from '../../../../shared/export/vault/zip-vault';
import { gatherLibraryExport } from '../../../../renderer/db/export/vault-input';
import { vaultExportFile } from '../../../../renderer/db/export/library-files';
import { buildLibrary, TITLES, type Library } from './library-fixture';
import { frontMatterOf, section, unresolvedLinks, wikiLinkTargets } from './vault-check';

let library: Library;
let input: LibraryExportInput;
let files: VaultFile[];

const allIds = (): number[] => Object.values(library.ids);
const keyOf = (id: number): string => {
  const entry = input.entries.find((candidate) => candidate.id === id);
  if (entry === undefined) throw new Error(`no entry ${id}`);
  return entry.citationKey;
};
const fileOf = (path: string, from: readonly VaultFile[] = files): string => {
  const file = from.find((candidate) => candidate.path === path);
  if (file === undefined) throw new Error(`no file ${path}; have ${from.map((f) => f.path).join(', ')}`);
  return file.text;
};

beforeAll(async () => {
  library = await buildLibrary();
  input = await gatherLibraryExport(allIds(), 'library', library.database);
  files = buildVault(input);
});

describe('the Obsidian vault of a whole library', () => {
  it('has one file per abstract named by its citation key, a synthesis note and a reading list', () => {
    const paths = files.map((file) => file.path).sort();
    expect(paths).toEqual(
      [...allIds().map((id) => `${keyOf(id)}.md`), `Lists/${library.listName}.md`, "Synthesis/Review- 'SGD' & friends.md"].sort(),
    );
  });

  it('resolves every [[link]] to a file of the vault', () => {
    expect(files.flatMap((file) => wikiLinkTargets(file.text)).length).toBeGreaterThan(5);
    expect(unresolvedLinks(files)).toEqual([]);
  });

  it('writes front matter that parses as YAML with the record, tags and state, titles exact', () => {
    for (const id of allIds()) {
      const meta = frontMatterOf(fileOf(`${keyOf(id)}.md`));
      expect(Object.keys(meta)).toEqual(['title', 'aliases', 'authors', 'year', 'doi', 'url', 'venue', 'citekey', 'tags', 'status', 'starred', 'added']);
      expect(meta.citekey).toBe(keyOf(id));
      expect(meta.authors).toContain('Jan van der Berg');
      expect(meta.starred).toBe(false);
      expect(meta.status).toBe('unread');
    }
    const a = frontMatterOf(fileOf(`${keyOf(library.ids.a)}.md`));
    expect(a.title).toBe(TITLES.a);
    expect(a.aliases).toEqual([TITLES.a]);
    expect(a.tags).toEqual(['theory/sgd']);
    expect(frontMatterOf(fileOf(`${keyOf(library.ids.b)}.md`)).title).toBe(TITLES.b);
  });

  it('writes the abstract with its math, each highlight with colour and comment, and the note with its mentions as links', () => {
    const a = fileOf(`${keyOf(library.ids.a)}.md`);
    expect(a).toContain('studies $x^2$ and "quoted" words');
    expect(a).toContain('> [!quote] Green highlight\n> Abstract 1');
    expect(a).toContain(`**Key** point, unlike [[${keyOf(library.ids.b)}|${TITLES.b}]].`);
    expect(section(a, 'Note')).toEqual([`Builds on [[${keyOf(library.ids.c)}|${TITLES.c}]] and [[${keyOf(library.ids.d)}|${TITLES.d}]].`]);
  });

  it('lists typed links under Links and the incoming ones, by their inverse label, under Backlinks', () => {
    const [a, b, c] = [library.ids.a, library.ids.b, library.ids.c].map((id) => fileOf(`${keyOf(id)}.md`));
    expect(section(a ?? '', 'Links')).toEqual(expect.arrayContaining([`- extends [[${keyOf(library.ids.b)}]]`, `- cites [[${keyOf(library.ids.d)}]]`]));
    expect(section(a ?? '', 'Backlinks')).toContain(`- supported by [[${keyOf(library.ids.c)}]]: same data`);
    expect(section(b ?? '', 'Backlinks')).toContain(`- extended by [[${keyOf(library.ids.a)}]]`);
    expect(section(c ?? '', 'Links')).toContain(`- supports [[${keyOf(library.ids.a)}]]: same data`);
  });

  it('writes the synthesis note with every mention a [[key|title]] link to the abstract\'s file', () => {
    const note = fileOf("Synthesis/Review- 'SGD' & friends.md");
    expect(frontMatterOf(note).title).toBe(library.synthesisTitle);
    expect(note).toContain(`Compare [[${keyOf(library.ids.b)}|${TITLES.b}]] with [[${keyOf(library.ids.a)}|Gradient "descent" with $x^2$ loss: a (bracketed) #study]].`);
  });

  it('writes the reading list in its order with the item notes', () => {
    const list = fileOf(`Lists/${library.listName}.md`).split('\n');
    expect(list[0]).toBe(`# ${library.listName}`);
    const items = list.filter((line) => /^\d+\. /u.test(line));
    expect(items.map((line) => wikiLinkTargets(line))).toEqual([[keyOf(library.ids.b)], [keyOf(library.ids.a)], [keyOf(library.ids.d)]]);
    expect(list).toContain('    > Read first: "why" it works');
  });

  it('zips the files under one folder, each unchanged', async () => {
    const file = await vaultExportFile(allIds(), 'library', 'Lectern vault', library.database);
    expect(file.name).toBe('Lectern vault.zip');
    if (!(file.content instanceof Uint8Array)) throw new Error('zip bytes expected');
    const unzipped = unzipSync(file.content);
    expect(Object.keys(unzipped).sort()).toEqual(files.map((vaultFile) => `Lectern vault/${vaultFile.path}`).sort());
    for (const vaultFile of files) expect(strFromU8(unzipped[`Lectern vault/${vaultFile.path}`] ?? new Uint8Array())).toBe(vaultFile.text);
    expect(zipVault([], 'Empty').length).toBeGreaterThan(0);
  });
});

describe('the vault of a view', () => {
  it('writes links to abstracts outside the view as their titles, so every link still resolves', async () => {
    const { a, b, c, d } = library.ids;
    const view = buildVault(await gatherLibraryExport([a, b, c], 'view', library.database));
    expect(view.map((file) => file.path)).not.toContain(`${keyOf(d)}.md`);
    expect(unresolvedLinks(view)).toEqual([]);
    const fileA = fileOf(`${keyOf(a)}.md`, view);
    expect(section(fileA, 'Links')).toContain(`- cites “${TITLES.d}”`);
    expect(section(fileA, 'Note')).toEqual([`Builds on [[${keyOf(c)}|${TITLES.c}]] and “${TITLES.d}”.`]);
    expect(fileOf(`Lists/${library.listName}.md`, view)).toContain(`3. “${TITLES.d}”`);
  });

  it('leaves out the synthesis notes and lists that reach nothing in the view', async () => {
    const view = buildVault(await gatherLibraryExport([library.ids.c], 'view', library.database));
    expect(view.map((file) => file.path)).toEqual([`${keyOf(library.ids.c)}.md`]);
    expect(unresolvedLinks(view)).toEqual([]);
  });
});
