import { load } from 'js-yaml';
import type { VaultFile } from '../../../../shared/export/vault/types';

/** The targets of every `[[target]]` and `[[target|text]]` in a file (an escaped `\[\[` is text, not a link). */
export function wikiLinkTargets(text: string): string[] {
  return [...text.matchAll(/(?<!\\)\[\[([^\]|]*)(?:\|[^\]]*)?\]\]/gu)].map((match) => match[1] ?? '');
}

/** The links that reach no file: Obsidian resolves `[[name]]` to the file `name.md` anywhere in the vault. */
export function unresolvedLinks(files: readonly VaultFile[]): string[] {
  const names = new Set(files.map((file) => (file.path.split('/').pop() ?? '').replace(/\.md$/u, '')));
  return files.flatMap((file) => wikiLinkTargets(file.text).filter((target) => !names.has(target)).map((target) => `${file.path}: ${target}`));
}

/** The YAML front matter of a Markdown file, parsed. */
export function frontMatterOf(text: string): Record<string, unknown> {
  const match = /^---\n([\s\S]*?)\n---\n/u.exec(text);
  if (match?.[1] === undefined) throw new Error('no front matter');
  return load(match[1]) as Record<string, unknown>;
}

/** The lines of one `## heading` section. */
export function section(text: string, heading: string): string[] {
  const start = text.indexOf(`\n## ${heading}\n`);
  if (start < 0) return [];
  const rest = text.slice(start + heading.length + 5);
  const end = rest.search(/\n## /u);
  return (end < 0 ? rest : rest.slice(0, end)).split('\n').filter((line) => line.trim() !== '');
}
