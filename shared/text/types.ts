/** A replacement of stored[start, end) by `insert`. Edits are sorted and never overlap. */
export interface TextEdit {
  start: number;
  end: number;
  insert: string;
}

/**
 * The form of an abstract shown on screen, derived from the stored text.
 * `edits` turn the stored text into `text` and double as the character map between the two.
 */
export interface DisplayForm {
  text: string;
  edits: TextEdit[];
}

/** Answers whether a lower-case word is in the dictionary. */
export type WordTest = (lowerCaseWord: string) => boolean;
