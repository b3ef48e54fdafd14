import { displayTitle } from '../../../shared/text/display-title';
import { allAbstracts } from '../abstracts/records';
import { db as appDb, type LecternDB } from '../schema/database';

/** An abstract the Link to… dialog can offer. */
export interface LinkCandidate {
  id: number;
  title: string;
}

/** Every abstract by display title, A to Z; read once when the dialog opens. */
export async function queryLinkCandidates(database: LecternDB = appDb): Promise<LinkCandidate[]> {
  const candidates = (await allAbstracts(database)).map((row) => ({ id: row.id, title: displayTitle({ title: row.title, text: row.display.text }) }));
  return candidates.sort((a, b) => a.title.localeCompare(b.title));
}
