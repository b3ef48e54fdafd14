/** JabRef's hierarchical keyword separator: the tag `theory/sgd` is the keyword `theory > sgd`. */
export const KEYWORD_LEVEL = ' > ';

/** A tag path as a keyword every reader of ours (and JabRef) nests again. */
export function tagKeyword(path: string): string {
  return path.split('/').join(KEYWORD_LEVEL);
}

/** The entry's tags as keywords, in their (sorted) order. */
export function tagKeywords(tags: readonly string[]): string[] {
  return tags.map(tagKeyword);
}
