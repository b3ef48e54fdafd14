/** Letter, word and script counts of one line, the raw material for every structural decision. */
export interface Shape {
  length: number;
  words: number;
  arabic: number;
  /** Letters of any script other than Arabic (mostly Latin). */
  otherLetters: number;
  digits: number;
}

const OTHER_LETTER = /\p{L}/u;

export function isArabicCode(code: number): boolean {
  return (
    (code >= 0x0600 && code <= 0x06ff) ||
    (code >= 0x0750 && code <= 0x077f) ||
    (code >= 0x08a0 && code <= 0x08ff) ||
    (code >= 0xfb50 && code <= 0xfdff) ||
    (code >= 0xfe70 && code <= 0xfefc)
  );
}

function isAsciiLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

export function measure(content: string): Shape {
  let arabic = 0;
  let otherLetters = 0;
  let digits = 0;
  let words = 0;
  let inWord = false;
  for (let i = 0; i < content.length; i += 1) {
    const code = content.charCodeAt(i);
    const space = code === 0x20 || code === 0x09 || code === 0xa0 || code === 0x202f || code === 0x3000;
    if (space) {
      inWord = false;
      continue;
    }
    if (!inWord) words += 1;
    inWord = true;
    if (code >= 0x30 && code <= 0x39) digits += 1;
    else if (isAsciiLetter(code)) otherLetters += 1;
    else if (isArabicCode(code)) {
      // Arabic diacritics (harakat) are marks, not letters.
      if (code < 0x064b || code > 0x065f) arabic += 1;
    } else if (code >= 0x80 && OTHER_LETTER.test(content.charAt(i))) otherLetters += 1;
  }
  return { length: content.length, words, arabic, otherLetters, digits };
}

export function letters(shape: Shape): number {
  return shape.arabic + shape.otherLetters;
}

/** Share of the line's letters that are Arabic (0 when it has no letters). */
export function arabicShare(shape: Shape): number {
  const total = letters(shape);
  return total === 0 ? 0 : shape.arabic / total;
}

const CLOSERS = `"'”’»)\\]`;
const ENDS_WITH_PERIOD = new RegExp(`[.!。۔][${CLOSERS}]*$`, 'u');
const ENDS_SENTENCE = new RegExp(`[.!?؟…。۔][${CLOSERS}]*$`, 'u');
/**
 * A full stop after a lower-case word or a number, then a capital: a sentence boundary, not an initial.
 * A question mark does not count: "How Powerful Are GNNs? A Study" is a title.
 */
const SENTENCE_BREAK = /[\p{Ll}\d)\]][.!] +["“(]?\p{Lu}/u;

/** Ends like a statement (a question mark does not count: titles end with one more often than abstracts). */
export function endsWithPeriod(content: string): boolean {
  return ENDS_WITH_PERIOD.test(content);
}

export function endsSentence(content: string): boolean {
  return ENDS_SENTENCE.test(content);
}

export function hasSentenceBreak(content: string): boolean {
  return SENTENCE_BREAK.test(content);
}

const SECOND_PERSON = /\b(?:you|your|yours|yourself)\b/i;

/** Addresses the reader: interface prompts and blog footers do, abstracts almost never do. */
export function addressesReader(content: string): boolean {
  return SECOND_PERSON.test(content);
}

const INTERFACE_ACTION = /\b(?:click|tap)\s+(?:here|to|on)\b|\b(?:sign|log)\s+(?:in|up)\b|\bsubscribe\b/i;
/** Beyond this length a line is read as prose even if it addresses the reader. */
const PROMPT_MAX_LENGTH = 200;

/** A short line that addresses the reader or asks for a click or a sign-in: "Want to publish? Click here". */
export function isInterfacePrompt(content: string): boolean {
  return (
    content.length < PROMPT_MAX_LENGTH && (SECOND_PERSON.test(content) || INTERFACE_ACTION.test(content))
  );
}
