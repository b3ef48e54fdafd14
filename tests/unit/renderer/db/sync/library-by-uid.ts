import type { LecternDB } from '../../../../../renderer/db/schema/database';

/** A device's user tables keyed by uid, numeric ids translated away: what two converged devices must agree on. */
export async function libraryByUid(database: LecternDB) {
  const abstracts = await database.abstracts.toArray();
  const texts = new Map((await database.abstractTexts.toArray()).map((row) => [row.id, row]));
  const tags = await database.tags.toArray();
  const lists = await database.lists.toArray();
  const abstractUid = new Map(abstracts.map((row) => [row.id, row.uid]));
  const tagUid = new Map(tags.map((row) => [row.id, row.uid]));
  const listUid = new Map(lists.map((row) => [row.id, row.uid]));
  const linkTypes = await database.linkTypes.toArray();
  const linkTypeUid = new Map(linkTypes.map((row) => [row.id, row.uid]));
  const reviews = await database.reviews.toArray();
  const reviewUid = new Map(reviews.map((row) => [row.id, row.uid]));
  const byKey = <Row, Out>(rows: readonly Row[], key: (row: Row) => string, shape: (row: Row) => Out) =>
    Object.fromEntries(rows.map((row) => [key(row), shape(row)] as const).sort(([a], [b]) => (a < b ? -1 : 1)));
  const byUid = <Row extends { uid: string }, Out>(rows: readonly Row[], shape: (row: Row) => Out) =>
    Object.fromEntries([...rows].sort((a, b) => (a.uid < b.uid ? -1 : 1)).map((row) => [row.uid, shape(row)]));
  return {
    abstracts: byUid(abstracts, (row) => ({
      status: row.status,
      starred: row.starred === 1,
      title: row.title,
      authors: row.authors,
      year: row.year,
      fingerprint: row.fingerprint,
      text: texts.get(row.id)?.text,
      display: texts.get(row.id)?.display,
    })),
    tags: byUid(tags, (row) => ({ path: row.path, color: row.color })),
    tagged: (await database.abstractTags.toArray()).map((row) => `${abstractUid.get(row.abstractId)}.${tagUid.get(row.tagId)}`).sort(),
    annotations: byUid(await database.annotations.toArray(), (row) => ({
      abstract: abstractUid.get(row.abstractId),
      color: row.color,
      comment: row.comment.text,
      selectors: row.selectors,
      state: row.state,
    })),
    notes: byUid(await database.notes.toArray(), (row) => ({ abstract: row.abstractId === null ? null : abstractUid.get(row.abstractId), text: row.text, json: row.json, title: row.title })),
    lists: byUid(lists, (row) => ({ name: row.name })),
    listItems: byUid(await database.listItems.toArray(), (row) => ({ list: listUid.get(row.listId), abstract: abstractUid.get(row.abstractId), order: row.order, note: row.note })),
    links: byUid((await database.links.toArray()).filter((row) => row.origin !== 'import'), (row) => ({
      from: row.fromId === null ? null : abstractUid.get(row.fromId),
      to: abstractUid.get(row.toId),
      type: linkTypeUid.get(row.type) ?? row.type,
      note: row.note,
    })),
    linkTypes: byUid(linkTypes, (row) => ({ label: row.label, inverseLabel: row.inverseLabel, color: row.color })),
    reviews: byUid(reviews, (row) => ({ name: row.name, question: row.question, criteria: row.criteria, order: row.order, seed: row.seed, selections: row.selections })),
    reviewRecords: byKey(
      await database.reviewRecords.toArray(),
      (row) => `${abstractUid.get(row.abstractId)}.${reviewUid.get(row.reviewId)}`,
      (row) => ({ addedAt: row.addedAt, note: row.note ?? null }),
    ),
    decisions: byKey(
      await database.decisions.toArray(),
      (row) => `${abstractUid.get(row.abstractId)}.${reviewUid.get(row.reviewId)}.${row.stage}`,
      (row) => ({ verdict: row.verdict, reason: row.reason ?? null, decidedAt: row.decidedAt, order: row.order }),
    ),
    savedSearches: byUid(await database.savedSearches.toArray(), (row) => ({ name: row.name, query: row.query })),
  };
}
