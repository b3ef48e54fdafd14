/** Characters file systems refuse (`/ \ : * ? " < > |`), plus those that end an Obsidian link (`# ^ [ ]`). */
const UNSAFE = /[/\\:*?"<>|#^[\]\p{Cc}]/gu;
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/iu;
/** File names past about 255 bytes fail on most file systems; 120 characters leaves room for UTF-8. */
const MAX_NAME = 120;

/** A name fit for a file on every desktop file system, and for the text of an Obsidian link to it. */
export function safeFileName(name: string): string {
  let safe = name.replace(/"/gu, "'").replace(UNSAFE, '-').replace(/\s+/gu, ' ').trim();
  safe = safe.replace(/^[.\s]+/u, '').replace(/[.\s]+$/u, '');
  if (safe.length > MAX_NAME) {
    const cut = safe.slice(0, MAX_NAME);
    // Never leave half a surrogate pair at the end.
    safe = /[\uD800-\uDBFF]$/u.test(cut) ? cut.slice(0, -1) : cut;
    safe = safe.replace(/[.\s]+$/u, '');
  }
  if (safe === '') return 'Untitled';
  return WINDOWS_RESERVED.test(safe) ? `${safe}_` : safe;
}

/**
 * Hands out file names that are unique in one folder, ignoring case (macOS and Windows do): the
 * second "Notes" becomes "Notes 2".
 */
export class FileNamer {
  private readonly taken = new Set<string>();

  name(wanted: string): string {
    const base = safeFileName(wanted);
    let name = base;
    for (let n = 2; this.taken.has(name.toLowerCase()); n += 1) name = `${base} ${n}`;
    this.taken.add(name.toLowerCase());
    return name;
  }
}
