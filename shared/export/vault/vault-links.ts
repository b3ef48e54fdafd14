import { escapeMarkdown, oneLine } from '../../rich-text/markdown-escape';
import type { ExportEntry } from '../types';
import { FileNamer } from './file-names';
import type { LibraryExportInput } from './types';

/** The text shown for a link: Obsidian ends the link at `]]` and the alias at `|`, so those never appear. */
function linkAlias(text: string): string {
  return oneLine(text).replace(/\[/g, '(').replace(/\]/g, ')').replace(/\|/g, '/');
}

/**
 * Which abstract is which file, and how to write a link to one. An abstract outside the export is
 * written as plain text, so every `[[link]]` in the vault reaches a file.
 */
export class VaultLinks {
  private readonly fileNames = new Map<number, string>();
  private readonly entries = new Map<number, ExportEntry>();

  constructor(private readonly input: LibraryExportInput) {
    const namer = new FileNamer();
    for (const entry of input.entries) {
      this.entries.set(entry.id, entry);
      this.fileNames.set(entry.id, namer.name(entry.citationKey));
    }
  }

  entry(id: number): ExportEntry | undefined {
    return this.entries.get(id);
  }

  /** The abstract's file name without `.md`; undefined for an abstract outside the export. */
  fileName(id: number): string | undefined {
    return this.fileNames.get(id);
  }

  /** `[[name]]`, or the abstract's title as text when it has no file. */
  link(id: number, fallbackTitle = ''): string {
    const name = this.fileNames.get(id);
    return name === undefined ? this.plainTitle(id, fallbackTitle) : `[[${name}]]`;
  }

  /** `[[name|title]]` with the abstract's current title, or the title as text when it has no file. */
  titledLink(id: number, fallbackTitle = ''): string {
    const name = this.fileNames.get(id);
    const entry = this.entries.get(id);
    if (name === undefined || entry === undefined) return this.plainTitle(id, fallbackTitle);
    return `[[${name}|${linkAlias(entry.displayTitle)}]]`;
  }

  private plainTitle(id: number, fallbackTitle: string): string {
    const title = this.input.outsideTitles.get(id) ?? fallbackTitle;
    return `“${escapeMarkdown(oneLine(title === '' ? 'an abstract not in this export' : title))}”`;
  }
}
