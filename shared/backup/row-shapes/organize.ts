import { uidField } from './uid-field';
import { nullable, objectOf, text, wholeNumber, type Check } from './checks';

const tagRow = (version: number): Check => objectOf({ id: wholeNumber, ...uidField(version), path: text, color: nullable(text) });
const abstractTagRow = objectOf({ abstractId: wholeNumber, tagId: wholeNumber });
const listRow = (version: number): Check => objectOf({ id: wholeNumber, ...uidField(version), name: text, createdAt: wholeNumber });
/** `order` is a fractional-indexing key; `note` says why the abstract is on the list. */
const listItemRow = (version: number): Check => objectOf({ id: wholeNumber, ...uidField(version), listId: wholeNumber, abstractId: wholeNumber, order: text, note: text });

export const ORGANIZE_SHAPES: Readonly<Record<string, (version: number) => Check>> = {
  tags: tagRow,
  abstractTags: () => abstractTagRow,
  lists: listRow,
  listItems: listItemRow,
};
