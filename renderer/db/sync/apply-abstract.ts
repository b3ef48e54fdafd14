import { readEntity } from '../../../shared/sync/entities';
import { sameValue } from '../../../shared/sync/merge-rules';
import { ABSTRACT_KIND, ANNOTATION_KIND, type AbstractFields } from '../../../shared/sync/synced-kinds';
import { titleKeyOf } from '../../../shared/identity/title-key';
import { fieldsOfStoredText } from '../abstracts/display-text';
import { keysOf } from '../abstracts/keys';
import { sortTitleOf } from '../abstracts/rows';
import { reanchorRow } from '../annotations/reanchor';
import type { AbstractTextRow, StoredAbstractRow } from '../schema/row-types';
import { abstractFieldsOf } from './local-export';
import { reportProblems, type ApplyContext, type ApplyOutcome } from './apply-helpers';
import { mergeHere, unmergeHere } from './apply-merge';

/**
 * Status, star and metadata edits of an abstract. Written with single requests, not the abstracts store's bulk
 * helpers: those await plain promises, which end Dexie's hold on this transaction before the rest of it runs.
 */
export async function applyAbstract(context: ApplyContext, entity: string): Promise<ApplyOutcome> {
  const state = readEntity(context.doc, ABSTRACT_KIND, entity);
  reportProblems(context, state.problems);
  const id = await context.lookup.exactIdOf('abstracts', entity);
  const stored = id === undefined ? undefined : await context.database.abstracts.get(id);
  const { text, mergedInto, ...values } = state.values;
  // Merged away on another device: merged here too once both records are here; nothing to wait for once it is gone.
  if (typeof mergedInto === 'string') return stored === undefined ? 'done' : mergeHere(context, stored.id, entity, mergedInto);
  // That merge undone: a record this device merged comes back as it was; one it never had waits like every record not here yet.
  if (stored === undefined) return mergedInto === null && (await unmergeHere(context, entity)) ? 'unblocks' : 'pending';
  const local = abstractFieldsOf(stored);
  const patch: Partial<AbstractFields> = {};
  const textEdit = text !== undefined && context.fieldChanged('text') ? await textEditOf(context, stored.id, text) : null;
  for (const [field, value] of Object.entries(values)) {
    if (!sameValue(local[field as keyof AbstractFields], value)) Object.assign(patch, { [field]: value });
  }
  if (patch.citationKey !== undefined && patch.citationKey !== null) {
    const holder = await context.database.abstractKeys.where('citationKey').equals(patch.citationKey).first();
    if (holder !== undefined && holder.id !== stored.id) {
      // Keys stay unique here: this paper keeps its own key, as Edit details would refuse a taken one.
      context.report(`abstract ${entity}: the citation key ${patch.citationKey} belongs to another abstract here; kept ${stored.citationKey ?? 'none'}`);
      delete patch.citationKey;
    }
  }
  if (Object.keys(patch).length === 0 && textEdit === null) return 'done';
  const { starred, ...rest } = patch;
  const edited: StoredAbstractRow = { ...stored, ...rest, ...(textEdit?.keys ?? {}), updatedAt: context.now };
  if (starred === true) edited.starred = 1;
  if (starred === false) delete edited.starred;
  if (textEdit !== null || Object.keys(rest).some((field) => field !== 'status')) {
    const textRow = textEdit?.row ?? (await context.database.abstractTexts.get(edited.id));
    if (textRow !== undefined) edited.sortTitle = sortTitleOf({ title: edited.title, display: textRow.display });
    edited.titleKey = titleKeyOf(edited);
    await context.database.abstractKeys.put(keysOf(edited));
  }
  await context.database.abstracts.put(edited);
  if (textEdit !== null) {
    await context.database.abstractTexts.put(textEdit.row);
    await placeAnnotationsAgain(context, edited.id, textEdit.row.text);
  }
  return 'done';
}

/**
 * Another device's Edit text of this abstract, as Edit text would store it here: display form and identity keys
 * derived again with the same dictionary. Null when this device already holds that text.
 */
async function textEditOf(context: ApplyContext, id: number, text: string): Promise<{ row: AbstractTextRow; keys: Pick<StoredAbstractRow, 'fingerprint' | 'prefixKey'> } | null> {
  const current = await context.database.abstractTexts.get(id);
  if (current === undefined || current.text === text) return null;
  const { display, ...keys } = fieldsOfStoredText(text, context.isWord);
  return { row: { id, text, display }, keys };
}

/**
 * The abstract's highlights placed on its new text from their synced anchors, not from this device's copies: a
 * highlight placed here on the old text first would otherwise land differently than on a device that never had it.
 */
async function placeAnnotationsAgain(context: ApplyContext, abstractId: number, text: string): Promise<void> {
  for (const row of await context.database.annotations.where('abstractId').equals(abstractId).toArray()) {
    if (await context.reapply(ANNOTATION_KIND, row.uid)) continue;
    const placed = reanchorRow(row, text, context.now);
    if (placed !== row) await context.database.annotations.put(placed);
  }
}
