/*
 * YAML front matter without a YAML library: every string is written as a JSON string, which is a
 * valid YAML double-quoted scalar, so no title, author or tag can break the block.
 */

export type YamlValue = string | number | boolean | null | readonly string[] | { date: string };

/** A double-quoted YAML scalar; characters YAML would refuse or fold are escaped. */
export function yamlString(text: string): string {
  const wellFormed = text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu, '\uFFFD');
  return JSON.stringify(wellFormed).replace(
    /[\u007F-\u009F\u2028\u2029\uFEFF]/gu,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

function scalar(value: string | number | boolean | null): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return yamlString(value);
  return String(value);
}

/** `---`, one `key: value` line per field (a list as `- item` lines), `---`. */
export function frontMatter(fields: ReadonlyArray<readonly [string, YamlValue]>): string {
  const lines = ['---'];
  for (const [key, value] of fields) {
    if (Array.isArray(value)) {
      const items = value as readonly string[];
      if (items.length === 0) lines.push(`${key}: []`);
      else lines.push(`${key}:`, ...items.map((item) => `  - ${yamlString(item)}`));
    } else if (typeof value === 'object' && value !== null && 'date' in value) {
      lines.push(`${key}: ${value.date}`);
    } else {
      lines.push(`${key}: ${scalar(value as string | number | boolean | null)}`);
    }
  }
  lines.push('---');
  return lines.join('\n');
}
