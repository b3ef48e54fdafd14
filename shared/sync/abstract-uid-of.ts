import { normalizeForIdentity } from '../identity/normalize';
import type { SourceRef } from '../import/types';
import { abstractUid } from './uids';

/** What an abstract's uid is derived from: the text its fingerprint is computed from, and where it was first found. */
export interface AbstractIdentity {
  text: string;
  sources: readonly Pick<SourceRef, 'captureHash' | 'start'>[];
}

/**
 * The uid an abstract is born with. Two abstracts share it only when their identity texts are equal,
 * i.e. when they are duplicates (the duplicate scan finds them; a merge keeps the survivor's uid).
 * A reference entry with no abstract text has an empty identity text, which would give every such
 * entry one uid: it is identified by its first source instead (the file's SHA-256 and the entry's
 * place in it), which is as deterministic across devices that import the same file.
 */
export function uidOfAbstract(abstract: AbstractIdentity): string {
  if (normalizeForIdentity(abstract.text) !== '') return abstractUid(abstract.text);
  const first = abstract.sources[0];
  return abstractUid(first === undefined ? 'no source' : `source ${first.captureHash} at ${first.start}`);
}
