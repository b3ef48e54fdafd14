/**
 * BibLaTeX's `ids` field: other keys the same entry is cited by, comma-separated. Biber and pandoc
 * resolve them, so a key an abstract was imported under elsewhere keeps working in old documents.
 */
export const ALIASES_FIELD = 'ids';

export function aliasesOf(fields: Readonly<Record<string, string>>): string[] {
  return (fields[ALIASES_FIELD] ?? '')
    .split(',')
    .map((alias) => alias.trim())
    .filter((alias) => alias !== '');
}

/**
 * `fields` with its aliases replaced by `aliases`, without duplicates or `key` itself (an entry
 * is not its own alias); the field is left out when none remain.
 */
export function withAliases(fields: Readonly<Record<string, string>>, key: string | null, aliases: readonly string[]): Record<string, string> {
  const kept = [...new Set(aliases)].filter((alias) => alias !== key);
  const rest = { ...fields };
  delete rest[ALIASES_FIELD];
  return kept.length === 0 ? rest : { ...rest, [ALIASES_FIELD]: kept.join(',') };
}
