import { nullable, objectOf, oneOf, text, wholeNumber, type Check } from './checks';

/** Who made a link: the user, a mention in a note or comment, or the importer. */
const ORIGINS: Record<'user' | 'note' | 'import', true> = { user: true, note: true, import: true };

const linkRow = objectOf({
  id: wholeNumber,
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

const linkTypeRow = objectOf({ id: text, label: text, inverseLabel: nullable(text), color: text });

export const LINK_SHAPES: Readonly<Record<string, (version: number) => Check>> = {
  links: () => linkRow,
  linkTypes: () => linkTypeRow,
};
