import { CITATION_STYLE_IDS } from '../citations/styles';
import type { EntityKind } from './entities';
import { isBoolean, oneOf } from './value-checks';

/**
 * The settings that belong to the library and follow it to every device. The colour theme is not one of them: it
 * suits a screen and a room, not a library. Each field merges last-writer-wins, independently of the others.
 */
export type SettingName = 'markReadingOnOpen' | 'citationStyle';

export interface SettingFields extends Record<string, unknown> {
  markReadingOnOpen: boolean;
  citationStyle: string;
}

/** All synced settings are fields of this one entity in the meta doc. */
export const SETTINGS_ENTITY = 'library';

export const SETTING_KIND: EntityKind<SettingFields> = {
  name: 'setting',
  deletable: false,
  fields: { markReadingOnOpen: isBoolean, citationStyle: oneOf(CITATION_STYLE_IDS) },
};

/** The meta-table row of each synced setting. */
export const SYNCED_SETTING_KEYS: Readonly<Record<SettingName, string>> = {
  markReadingOnOpen: 'setting:markReadingOnOpen',
  citationStyle: 'setting:citationStyle',
};

/** The synced setting a meta-table row holds, or null for any other row. */
export function syncedSettingOfKey(key: string): SettingName | null {
  for (const [field, rowKey] of Object.entries(SYNCED_SETTING_KEYS)) if (rowKey === key) return field as SettingName;
  return null;
}
