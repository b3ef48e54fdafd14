export { defaultCitationKey, ANONYMOUS_KEY, type KeySource } from './default-key';
export { uniqueKey } from './unique-key';
export { foldToAscii } from './ascii-fold';
export { ALIASES_FIELD, aliasesOf, withAliases } from './aliases';
