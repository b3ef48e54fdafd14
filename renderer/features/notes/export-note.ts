import { queryDisplayTitles } from '../../db/links/mention-titles';
import { synthesisNoteTitle, type SynthesisNote } from '../../db/notes/synthesis-notes';
import { downloadText, fileStem } from '../annotations/download';
import { mentionedIds, noteToMarkdown } from './note-markdown';

/** Saves the note as a Markdown file, its mentions written as `[[current display title]]`. */
export async function exportNoteAsMarkdown(note: SynthesisNote): Promise<void> {
  const title = synthesisNoteTitle(note);
  const titles = await queryDisplayTitles(mentionedIds(note.json));
  downloadText(`${fileStem(title)}.md`, noteToMarkdown(title, note.json, titles), 'text/markdown');
}
