import { exportAbstractAnnotations } from '../../../shared/anchoring/web-annotation';
import { displayTitle } from '../../../shared/text/display-title';
import { queryAnnotations } from './annotations';
import { getAbstract } from '../abstracts/records';
import { abstractTables } from '../abstracts/store';
import { db as appDb, type LecternDB } from '../schema/database';
import { queryNote } from '../notes/notes';

/**
 * An abstract's highlights (in text order, orphans included) and note as W3C Web Annotation
 * JSON-LD: an AnnotationCollection, pretty-printed, ready to save as a .jsonld file.
 */
export async function exportAbstractJsonLd(abstractId: number, database: LecternDB = appDb): Promise<string> {
  const { abstract, highlights, note } = await database.transaction('r', [...abstractTables(database), database.annotations, database.notes], async () => ({
    abstract: await getAbstract(abstractId, database),
    highlights: await queryAnnotations(abstractId, database),
    note: await queryNote(abstractId, database),
  }));
  if (abstract === undefined) throw new Error(`Abstract ${abstractId} is not in the library.`);
  const label = `Annotations on “${displayTitle({ title: abstract.title, text: abstract.display.text })}”`;
  const noteToExport = note === null || note.text.trim() === '' ? null : { ...note, abstractId };
  return JSON.stringify(exportAbstractAnnotations(abstractId, label, highlights, noteToExport), null, 2);
}
