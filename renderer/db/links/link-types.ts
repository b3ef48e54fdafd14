import type { LinkTypeRow } from './rows';

/** One link type as the UI and the graph see it, built-in or user-defined. */
export interface LinkTypeInfo {
  id: string;
  label: string;
  /** The label on the other side ("extended by"); null for a symmetric type. */
  inverseLabel: string | null;
  /** A mid-tone colour that reads on both the light and the dark theme. */
  color: string;
  builtIn: boolean;
  /** Offered in the Link to… dialog; the import and mention types are made by the app only. */
  userChoosable: boolean;
}

export type LinkDirection = 'outgoing' | 'incoming';

/** The type of the links the importer makes between a page's main abstract and the others listed on it. */
export const SAME_PAGE_TYPE = 'same-page';
/** The type of the links mentions in notes and comments make (origin "note"). */
export const MENTION_TYPE = 'mention';

function builtIn(id: string, label: string, inverseLabel: string | null, color: string, userChoosable = true): LinkTypeInfo {
  return { id, label, inverseLabel, color, builtIn: true, userChoosable };
}

/** The built-in link types, in the order the dialog offers them. */
export const LINK_TYPES: readonly LinkTypeInfo[] = [
  builtIn('related', 'related', null, '#7c8aa0'),
  builtIn('supports', 'supports', 'supported by', '#2f9e6e'),
  builtIn('contradicts', 'contradicts', 'contradicted by', '#d9534f'),
  builtIn('extends', 'extends', 'extended by', '#3d7fd9'),
  builtIn('same-paper', 'same paper (another version)', null, '#9b6bd6'),
  builtIn('uses-data-of', 'uses data of', 'data used by', '#d08a1f'),
  builtIn('cites', 'cites', 'cited by', '#1f9fb0'),
  builtIn(SAME_PAGE_TYPE, 'on the same page', null, '#8d8d8d', false),
  builtIn(MENTION_TYPE, 'mentions', 'mentioned in', '#c0559a', false),
];

const BUILT_IN = new Map(LINK_TYPES.map((type) => [type.id, type]));

/** Colours handed to user-defined types in turn; each reads on light and dark backgrounds. */
export const USER_TYPE_COLORS: readonly string[] = ['#b5651d', '#5b8c2a', '#c2417a', '#4a6fd0', '#8a6d3b', '#2b8a8a'];

export function isBuiltInLinkType(id: string): boolean {
  return BUILT_IN.has(id);
}

export function userLinkTypeInfo(row: LinkTypeRow): LinkTypeInfo {
  return { ...row, builtIn: false, userChoosable: true };
}

/** The type with this id, built-in first; an unknown id (a deleted user type) gets a neutral stand-in. */
export function linkTypeInfo(id: string, userTypes: readonly LinkTypeRow[] = []): LinkTypeInfo {
  const known = BUILT_IN.get(id);
  if (known !== undefined) return known;
  const user = userTypes.find((row) => row.id === id);
  if (user !== undefined) return userLinkTypeInfo(user);
  return { id, label: id, inverseLabel: null, color: '#8d8d8d', builtIn: false, userChoosable: false };
}

/** Every type, built-in then user-defined (the dialog's choices, the graph's legend). */
export function allLinkTypes(userTypes: readonly LinkTypeRow[] = []): LinkTypeInfo[] {
  return [...LINK_TYPES, ...userTypes.map(userLinkTypeInfo)];
}

/** How a link reads from one side: "extends" from its source, "extended by" from its target. */
export function linkTypeLabel(type: string, direction: LinkDirection, userTypes: readonly LinkTypeRow[] = []): string {
  const info = linkTypeInfo(type, userTypes);
  return direction === 'incoming' && info.inverseLabel !== null ? info.inverseLabel : info.label;
}

export function linkTypeColor(type: string, userTypes: readonly LinkTypeRow[] = []): string {
  return linkTypeInfo(type, userTypes).color;
}
