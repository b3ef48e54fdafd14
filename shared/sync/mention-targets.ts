/**
 * A mention in a note or comment names the abstract it points at by its local id, which differs from device to
 * device. On the wire (in the Yjs text) a mention names the abstract's uid instead; these read and swap them.
 */
const MENTION_TYPE = 'mention';

type Visit = (mention: Record<string, unknown>) => void;

function walk(node: unknown, visit: Visit): void {
  if (typeof node !== 'object' || node === null) return;
  const record = node as Record<string, unknown>;
  if (record['type'] === MENTION_TYPE) visit(record);
  const children = record['children'];
  if (Array.isArray(children)) for (const child of children) walk(child, visit);
  if ('root' in record) walk(record['root'], visit);
}

/** Every mention's target in a saved editor state, in order (duplicates kept). */
export function mentionTargetsOf(json: string): unknown[] {
  const targets: unknown[] = [];
  walk(JSON.parse(json), (mention) => targets.push(mention['targetId']));
  return targets;
}

/** The same state with each mention's target replaced; a state without mentions comes back as it was. */
export function withMentionTargets(json: string, replace: (target: unknown) => unknown): string {
  const state: unknown = JSON.parse(json);
  let mentions = 0;
  walk(state, (mention) => {
    mention['targetId'] = replace(mention['targetId']);
    mentions += 1;
  });
  return mentions === 0 ? json : JSON.stringify(state);
}
