import { useLiveQuery } from 'dexie-react-hooks';
import { DEFAULT_CITATION_STYLE, isCitationStyleId, type CitationStyleId } from '../../../shared/citations/styles';
import { SYNCED_SETTING_KEYS } from '../../../shared/sync/synced-settings';
import { db as appDb, type LecternDB } from '../schema/database';

const CITATION_STYLE_KEY = SYNCED_SETTING_KEYS.citationStyle;

/** The style the user last copied a citation or bibliography in; APA 7th until they choose. */
export async function getCitationStyle(database: LecternDB = appDb): Promise<CitationStyleId> {
  const stored = (await database.meta.get(CITATION_STYLE_KEY))?.value;
  return isCitationStyleId(stored) ? stored : DEFAULT_CITATION_STYLE;
}

export async function setCitationStyle(style: CitationStyleId, database: LecternDB = appDb): Promise<void> {
  await database.meta.put({ key: CITATION_STYLE_KEY, value: style });
}

/** The remembered citation style, live; undefined while loading. */
export function useCitationStyle(): CitationStyleId | undefined {
  return useLiveQuery(() => getCitationStyle(), []);
}
