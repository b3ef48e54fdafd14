import { readEntity } from '../../../shared/sync/entities';
import { sameValue } from '../../../shared/sync/merge-rules';
import {
  ABSTRACT_KIND,
  ANNOTATION_KIND,
  LINK_KIND,
  LINK_TYPE_KIND,
  LIST_ITEM_KIND,
  LIST_KIND,
  NOTE_KIND,
  parseTaggedEntity,
  SAVED_SEARCH_KIND,
  TAG_KIND,
  TAGGED_KIND,
  type AnnotationFields,
  type LinkFields,
  type LinkTypeFields,
  type ListFields,
  type ListItemFields,
  type NoteFields,
  type SavedSearchFields,
  type TagFields,
} from '../../../shared/sync/synced-kinds';
import { SETTING_KIND, SYNCED_SETTING_KEYS, type SettingName } from '../../../shared/sync/synced-settings';
import { textFromWire } from './mention-wire';
import { complete, reportProblems, richTextAfter, rowByUid, upsertOrDelete, type ApplyContext, type ApplyOutcome, type UidRow } from './apply-helpers';
import { applyAbstract } from './apply-abstract';
import { reanchorRow } from '../annotations/reanchor';
import type { AnnotationRow } from '../annotations/types';
import { applyDecision, applyReview, applyReviewRecord } from './apply-screening';

async function applyTag(context: ApplyContext, entity: string): Promise<ApplyOutcome> {
  const state = readEntity(context.doc, TAG_KIND, entity);
  reportProblems(context, state.problems);
  const values = complete<TagFields>(state, ['path', 'color']);
  const existing = await rowByUid<UidRow>(context, 'tags', entity);
  if (!state.present) {
    if (existing !== undefined) await context.database.abstractTags.where('tagId').equals(existing.id).delete();
  } else if (values === null) {
    return 'pending';
  } else {
    const clash = await context.database.tags.where('path').equals(values.path).first();
    if (clash !== undefined && clash.uid !== entity) {
      context.report(`tag ${entity}: another tag here already has the path ${values.path}`);
      return 'done';
    }
  }
  await upsertOrDelete(context, 'tags', entity, state.present, () => (values === null ? null : { uid: entity, path: values.path, color: values.color }));
  context.lookup.forget('tags', entity);
  return 'done';
}

async function applyTagged(context: ApplyContext, entity: string): Promise<ApplyOutcome> {
  const state = readEntity(context.doc, TAGGED_KIND, entity);
  const ends = parseTaggedEntity(entity);
  if (ends === null) {
    context.report(`tag assignment ${entity}: malformed key`);
    return 'done';
  }
  const abstractId = await context.lookup.idOf('abstracts', ends.abstractUid);
  const tagId = await context.lookup.idOf('tags', ends.tagUid);
  if (abstractId === undefined || tagId === undefined) return state.present ? 'pending' : 'done';
  if (state.present) await context.database.abstractTags.put({ abstractId, tagId });
  else await context.database.abstractTags.delete([abstractId, tagId]);
  return 'done';
}

const ANNOTATION_FIELDS: readonly (keyof AnnotationFields)[] = ['abstract', 'anchor', 'color', 'createdAt'];

async function applyAnnotation(context: ApplyContext, entity: string): Promise<ApplyOutcome> {
  const state = readEntity(context.doc, ANNOTATION_KIND, entity);
  reportProblems(context, state.problems);
  const values = complete(state, ANNOTATION_FIELDS);
  if (state.present && values === null) return 'pending';
  const abstractId = values === null ? undefined : await context.lookup.idOf('abstracts', values.abstract);
  if (state.present && abstractId === undefined) return 'pending';
  const comment = await textFromWire(context.richText(ANNOTATION_KIND.name, entity, state.values.plainText === true), context.lookup);
  // Placed on this device's text: a highlight made on a text another device has since edited lands where
  // that device's own re-anchoring put it, as both run the same placement on the same selectors.
  const storedText = abstractId === undefined ? undefined : (await context.database.abstractTexts.get(abstractId))?.text;
  await upsertOrDelete<AnnotationRow>(context, 'annotations', entity, state.present, (existing) => {
    if (values === null || abstractId === undefined) return null;
    const row: AnnotationRow = {
      id: existing?.id ?? 0,
      uid: entity,
      abstractId,
      selectors: values.anchor.selectors,
      state: values.anchor.state,
      confidence: values.anchor.confidence,
      color: values.color,
      comment: richTextAfter(existing?.comment, comment.value),
      createdAt: values.createdAt,
      updatedAt: context.now,
    };
    const placed = storedText === undefined ? row : reanchorRow(row, storedText, context.now);
    const keyless: Partial<AnnotationRow> = { ...placed };
    delete keyless.id;
    return keyless as Omit<AnnotationRow, 'id'>;
  });
  context.lookup.forget('annotations', entity);
  return comment.unresolved ? 'pending' : 'done';
}

const NOTE_FIELDS: readonly (keyof NoteFields)[] = ['abstract', 'title', 'createdAt'];

async function applyNote(context: ApplyContext, entity: string): Promise<ApplyOutcome> {
  const state = readEntity(context.doc, NOTE_KIND, entity);
  reportProblems(context, state.problems);
  const values = complete(state, NOTE_FIELDS);
  if (state.present && values === null) return 'pending';
  const abstractId = values === null ? undefined : await context.lookup.nullableIdOf('abstracts', values.abstract);
  if (state.present && abstractId === undefined) return 'pending';
  const content = await textFromWire(context.richText(NOTE_KIND.name, entity, state.values.plainText === true), context.lookup);
  await upsertOrDelete<UidRow & { json: string | null; text: string; revision?: number }>(context, 'notes', entity, state.present, (existing) =>
    values === null || abstractId === undefined
      ? null
      : { uid: entity, abstractId, title: values.title, ...richTextAfter(existing, content.value), createdAt: values.createdAt, updatedAt: context.now },
  );
  context.lookup.forget('notes', entity);
  // A mention of an abstract not here yet: the note is written now and again once that abstract arrives.
  return content.unresolved ? 'pending' : 'done';
}

const LINK_FIELDS: readonly (keyof LinkFields)[] = ['from', 'to', 'type', 'origin', 'inNote', 'inAnnotation', 'note', 'context', 'createdAt'];

async function applyLink(context: ApplyContext, entity: string): Promise<ApplyOutcome> {
  const state = readEntity(context.doc, LINK_KIND, entity);
  reportProblems(context, state.problems);
  const values = complete(state, LINK_FIELDS);
  if (state.present && values === null) return 'pending';
  const ends =
    values === null
      ? null
      : {
          fromId: await context.lookup.nullableIdOf('abstracts', values.from),
          toId: await context.lookup.idOf('abstracts', values.to),
          noteId: await context.lookup.nullableIdOf('notes', values.inNote),
          annotationId: await context.lookup.nullableIdOf('annotations', values.inAnnotation),
          type: await context.lookup.linkTypeIdOf(values.type),
        };
  const resolved = ends !== null && Object.values(ends).every((id) => id !== undefined) ? ends : null;
  if (state.present && resolved === null) return 'pending';
  await upsertOrDelete(context, 'links', entity, state.present, () =>
    values === null || resolved === null
      ? null
      : { uid: entity, ...resolved, origin: values.origin, note: values.note, context: values.context, createdAt: values.createdAt },
  );
  return 'done';
}

/** A user link type keeps the local id it first got here; a new one takes its maker's id unless that is taken. */
async function applyLinkType(context: ApplyContext, entity: string): Promise<ApplyOutcome> {
  const state = readEntity(context.doc, LINK_TYPE_KIND, entity);
  reportProblems(context, state.problems);
  const values = complete<LinkTypeFields>(state, ['key', 'label', 'inverseLabel', 'color']);
  const types = context.database.linkTypes;
  const existing = await types.where('uid').equals(entity).first();
  if (!state.present) {
    if (existing !== undefined) await types.delete(existing.id);
    return 'done';
  }
  if (values === null) return 'pending';
  let id = existing?.id ?? values.key;
  for (let n = 2; existing === undefined && (await types.get(id)) !== undefined; n += 1) id = `${values.key}-${n}`;
  const row = { id, uid: entity, label: values.label, inverseLabel: values.inverseLabel, color: values.color };
  if (existing === undefined || !sameValue(existing, row)) await types.put(row);
  return 'done';
}

async function applyList(context: ApplyContext, entity: string): Promise<ApplyOutcome> {
  const state = readEntity(context.doc, LIST_KIND, entity);
  reportProblems(context, state.problems);
  const values = complete<ListFields>(state, ['name', 'createdAt']);
  if (state.present && values === null) return 'pending';
  await upsertOrDelete(context, 'lists', entity, state.present, () => (values === null ? null : { uid: entity, name: values.name, createdAt: values.createdAt }));
  context.lookup.forget('lists', entity);
  return 'done';
}

async function applyListItem(context: ApplyContext, entity: string): Promise<ApplyOutcome> {
  const state = readEntity(context.doc, LIST_ITEM_KIND, entity);
  reportProblems(context, state.problems);
  const values = complete<ListItemFields>(state, ['list', 'abstract', 'order', 'note']);
  if (state.present && values === null) return 'pending';
  const listId = values === null ? undefined : await context.lookup.idOf('lists', values.list);
  const abstractId = values === null ? undefined : await context.lookup.idOf('abstracts', values.abstract);
  if (state.present && (listId === undefined || abstractId === undefined)) return 'pending';
  await upsertOrDelete(context, 'listItems', entity, state.present, () =>
    values === null || listId === undefined || abstractId === undefined ? null : { uid: entity, listId, abstractId, order: values.order, note: values.note },
  );
  return 'done';
}

async function applySavedSearch(context: ApplyContext, entity: string): Promise<ApplyOutcome> {
  const state = readEntity(context.doc, SAVED_SEARCH_KIND, entity);
  reportProblems(context, state.problems);
  const values = complete<SavedSearchFields>(state, ['name', 'query', 'createdAt']);
  if (state.present && values === null) return 'pending';
  await upsertOrDelete(context, 'savedSearches', entity, state.present, () =>
    values === null ? null : { uid: entity, name: values.name, query: values.query, createdAt: values.createdAt },
  );
  return 'done';
}

/** Synced settings land in their meta rows; a value equal to the stored one is not rewritten. */
async function applySetting(context: ApplyContext, entity: string): Promise<ApplyOutcome> {
  const state = readEntity(context.doc, SETTING_KIND, entity);
  reportProblems(context, state.problems);
  for (const [field, value] of Object.entries(state.values)) {
    // The kind's checks already passed: every synced setting is a flag or a name.
    if (typeof value !== 'boolean' && typeof value !== 'string') continue;
    const key = SYNCED_SETTING_KEYS[field as SettingName];
    const stored = await context.database.meta.get(key);
    if (stored === undefined || !sameValue(stored.value, value)) await context.database.meta.put({ key, value });
  }
  return 'done';
}

const APPLIERS: Readonly<Record<string, (context: ApplyContext, entity: string) => Promise<ApplyOutcome>>> = {
  [ABSTRACT_KIND.name]: applyAbstract,
  [TAG_KIND.name]: applyTag,
  [TAGGED_KIND.name]: applyTagged,
  [ANNOTATION_KIND.name]: applyAnnotation,
  [NOTE_KIND.name]: applyNote,
  [LINK_KIND.name]: applyLink,
  [LINK_TYPE_KIND.name]: applyLinkType,
  [LIST_KIND.name]: applyList,
  [LIST_ITEM_KIND.name]: applyListItem,
  [SAVED_SEARCH_KIND.name]: applySavedSearch,
  [SETTING_KIND.name]: applySetting,
  review: applyReview,
  reviewRecord: applyReviewRecord,
  decision: applyDecision,
};

/** Writes one entity's merged state into Dexie; call inside the bridge's remote transaction. */
export function applyRemoteEntity(context: ApplyContext, kind: string, entity: string): Promise<ApplyOutcome> {
  const apply = APPLIERS[kind];
  if (apply === undefined) {
    context.report(`unknown kind ${kind}: skipped`);
    return Promise.resolve('done');
  }
  return apply(context, entity);
}

export type { ApplyContext, ApplyOutcome };
