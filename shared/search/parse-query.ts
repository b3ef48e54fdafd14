import { normalizeDoi } from '../identifiers/doi';
import { tokenize } from './normalise';
import { HAS_VALUES, IS_VALUES, VERDICT_VALUES, type Clause, type ClauseBody, type HasValue, type IsValue, type ParsedQuery } from './query-types';
import type { QueryError } from './types';

const OPERATORS = ['tag', 'author', 'year', 'is', 'has', 'source', 'list', 'venue', 'doi', 'key', 'review', 'reason'] as const;
type Operator = (typeof OPERATORS)[number];
const OPERATOR_NAME = /^[a-z]+$/i;
const YEAR_RANGE = /^(\d{1,4})?(?:(\.\.)(\d{1,4})?)?$/;
const MAX_YEAR = 9999;

type Body = ClauseBody;
type Span = { start: number; end: number };

function isSpace(char: string | undefined): boolean {
  return char !== undefined && /\s/.test(char);
}

/** Reads a quoted run starting at the quote at `at`; `closed` is false when the query ends first. */
function readQuoted(query: string, at: number): { text: string; end: number; closed: boolean } {
  const close = query.indexOf('"', at + 1);
  if (close === -1) return { text: query.slice(at + 1), end: query.length, closed: false };
  return { text: query.slice(at + 1, close), end: close + 1, closed: true };
}

function readBare(query: string, at: number): { text: string; end: number } {
  let end = at;
  while (end < query.length && !isSpace(query[end]) && query[end] !== '"') end++;
  return { text: query.slice(at, end), end };
}

function wordsClause(words: string[]): Body | null {
  if (words.length === 0) return null;
  const [only] = words;
  return words.length === 1 && only !== undefined ? { kind: 'term', word: only } : { kind: 'phrase', words };
}

function yearClause(value: string): Body | string {
  const match = YEAR_RANGE.exec(value.trim());
  const usage = 'year: takes a year (2019) or a range (2018..2021)';
  if (match === null || value.trim() === '' || value.trim() === '..') return usage;
  const [, fromText, dots, toText] = match;
  const from = fromText === undefined ? 0 : Number(fromText);
  const to = toText === undefined ? (dots === undefined ? from : MAX_YEAR) : Number(toText);
  if (from > to) return `year range ${from}..${to} runs backwards`;
  return { kind: 'year', from, to };
}

function oneOf<T extends string>(values: readonly T[], value: string): T | undefined {
  return values.find((candidate) => candidate === value.toLowerCase());
}

/** The clause an operator with its value stands for, or the message explaining why it is wrong. */
function operatorClause(operator: Operator, value: string): Body | string {
  if (value.trim() === '') return `${operator}: needs a value`;
  switch (operator) {
    case 'year':
      return yearClause(value);
    case 'is': {
      const known: IsValue | undefined = oneOf(IS_VALUES, value);
      if (known !== undefined) return { kind: 'is', value: known };
      const verdict = oneOf(VERDICT_VALUES, value);
      return verdict === undefined ? `is: takes ${[...IS_VALUES, ...VERDICT_VALUES].join(', ')}` : { kind: 'verdict', value: verdict, reviews: [] };
    }
    case 'review':
      return { kind: 'review', value: value.trim() };
    case 'reason':
      return { kind: 'reason', code: value.trim(), reviews: [] };
    case 'has': {
      const known: HasValue | undefined = oneOf(HAS_VALUES, value);
      return known === undefined ? `has: takes ${HAS_VALUES.join(', ')}` : { kind: 'has', value: known };
    }
    case 'author': {
      const words = tokenize(value);
      return words.length === 0 ? 'author: needs a name' : { kind: 'author', words };
    }
    case 'tag':
      return { kind: 'tag', path: value.trim() };
    case 'source':
      return { kind: 'source', value: value.trim() };
    case 'list':
      return { kind: 'list', value: value.trim() };
    case 'venue': {
      const words = tokenize(value);
      return words.length === 0 ? 'venue: needs a word of the journal or conference' : { kind: 'venue', words };
    }
    case 'doi': {
      const doi = normalizeDoi(value);
      return doi === null ? 'doi: takes a DOI such as 10.1000/xyz123' : { kind: 'doi', value: doi };
    }
    case 'key':
      return { kind: 'key', value: value.trim() };
  }
}

/** Reads one clause at `at` (not whitespace); returns its body (null: nothing searchable) and end. */
function readClause(query: string, at: number, errors: QueryError[]): { body: Body | null; end: number } {
  if (query[at] === '"') {
    const quoted = readQuoted(query, at);
    if (!quoted.closed) errors.push({ message: 'This quote is never closed', start: at, end: quoted.end });
    const words = tokenize(quoted.text);
    if (words.length === 0) return { body: null, end: quoted.end };
    return { body: quoted.closed ? { kind: 'phrase', words } : { kind: 'phrase', words, open: true }, end: quoted.end };
  }
  const bare = readBare(query, at);
  const colon = bare.text.indexOf(':');
  const name = colon > 0 ? bare.text.slice(0, colon) : '';
  if (colon > 0 && OPERATOR_NAME.test(name)) {
    const operator = OPERATORS.find((known) => known === name.toLowerCase());
    const valueAt = at + colon + 1;
    const value = query[valueAt] === '"' ? readQuoted(query, valueAt) : { ...readBare(query, valueAt), closed: true };
    const span: Span = { start: at, end: value.end };
    if (!value.closed) errors.push({ message: 'This quote is never closed', start: valueAt, end: value.end });
    if (operator === undefined) {
      errors.push({ message: `Unknown operator “${name}:” (try ${OPERATORS.map((op) => `${op}:`).join(' ')})`, ...span });
      return { body: null, end: value.end };
    }
    const clause = operatorClause(operator, value.text);
    if (typeof clause === 'string') {
      errors.push({ message: clause, ...span });
      return { body: null, end: value.end };
    }
    return { body: clause, end: value.end };
  }
  return { body: wordsClause(tokenize(bare.text)), end: bare.end };
}

/** Verdict and reason clauses look only in the reviews the query names with `review:` (any of them). */
function scopedToReviews(clauses: Clause[]): Clause[] {
  const reviews = clauses.flatMap((clause) => (clause.kind === 'review' && !clause.negated ? [clause.value] : []));
  if (reviews.length === 0) return clauses;
  return clauses.map((clause) => (clause.kind === 'verdict' || clause.kind === 'reason' ? { ...clause, reviews } : clause));
}

/**
 * Parses a search query: free words, `"exact phrases"`, operators (`tag:` `author:` `year:` `is:`
 * `has:` `source:` `list:` `venue:` `doi:` `key:` `review:` `reason:`) and `-` before any of them to
 * negate it. Never throws: what cannot be understood is left out and reported as an error spanning its text.
 */
export function parseQuery(query: string): ParsedQuery {
  const clauses: Clause[] = [];
  const errors: QueryError[] = [];
  let at = 0;
  while (at < query.length) {
    if (isSpace(query[at])) {
      at++;
      continue;
    }
    const start = at;
    const negated = query[at] === '-' && at + 1 < query.length && !isSpace(query[at + 1]);
    if (negated) at++;
    const { body, end } = readClause(query, at, errors);
    if (body !== null) clauses.push({ ...body, negated, start, end });
    at = Math.max(end, at + 1);
  }
  return { clauses: scopedToReviews(clauses), errors };
}
