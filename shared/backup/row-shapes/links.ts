import { uidField } from './uid-field';
import { nullable, objectOf, oneOf, text, wholeNumber, type Check } from './checks';

/** Who made a link: the user, a mention in a note or comment, or the importer. */
const ORIGINS: Record<'user' | 'note' | 'import', true> = { user: true, note: true, import: true };

const linkRow = (version: number): Check => objectOf({
  id: wholeNumber,
  ...uidField(version),
  fromId: nullable(wholeNumber),
  toId: wholeNumber,
  type: text,
  origin: oneOf(ORIGINS),
  noteId: nullable(wholeNumber),
  annotationId: nullable(wholeNumber),
  note: text,
  context: nullable(text),
  createdAt: wholeNumber,
});

const linkTypeRow = (version: number): Check => objectOf({ id: text, ...uidField(version), label: text, inverseLabel: nullable(text), color: text });

export const LINK_SHAPES: Readonly<Record<string, (version: number) => Check>> = {
  links: linkRow,
  linkTypes: linkTypeRow,
};
