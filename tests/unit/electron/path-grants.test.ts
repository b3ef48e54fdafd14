import { mkdir, mkdtemp, rename, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CHANGED_SINCE_GRANTED, createPathGrants, NOT_GRANTED } from '../../../electron/path-grants';

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lectern-grants-'));
  await mkdir(join(dir, 'drop'));
  await writeFile(join(dir, 'drop', 'paper.txt'), 'Title: granted');
  await writeFile(join(dir, 'secret.txt'), 'not for the page');
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const paper = (): string => join(dir, 'drop', 'paper.txt');

describe('path grants', () => {
  it('lets a granted path be read once, then refuses it', async () => {
    const grants = createPathGrants();
    await grants.grant(1, [paper()]);
    expect(await grants.take(1, paper())).toEqual({ ok: true, path: paper() });
    expect(await grants.take(1, paper())).toEqual({ ok: false, reason: NOT_GRANTED });
  });

  it('refuses a path never granted, and a grant asked for by another window', async () => {
    const grants = createPathGrants();
    await grants.grant(1, [paper()]);
    expect(await grants.take(1, join(dir, 'secret.txt'))).toEqual({ ok: false, reason: NOT_GRANTED });
    expect(await grants.take(2, paper())).toEqual({ ok: false, reason: NOT_GRANTED });
    expect(await grants.take(1, paper())).toEqual({ ok: true, path: paper() });
  });

  it('refuses other spellings of a granted path: .. segments and links into it', async () => {
    const grants = createPathGrants();
    await grants.grant(1, [paper()]);
    await symlink(paper(), join(dir, 'link.txt'));
    // Written out by hand: join() would fold the .. away.
    const dotted = `${dir}/drop/../drop/paper.txt`;
    expect(await grants.take(1, dotted)).toEqual({ ok: false, reason: NOT_GRANTED });
    expect(await grants.take(1, join(dir, 'link.txt'))).toEqual({ ok: false, reason: NOT_GRANTED });
  });

  it('refuses a granted path swapped for a link to another file before the read', async () => {
    const grants = createPathGrants();
    await grants.grant(1, [paper()]);
    await rename(paper(), join(dir, 'moved.txt'));
    await symlink(join(dir, 'secret.txt'), paper());
    expect(await grants.take(1, paper())).toEqual({ ok: false, reason: CHANGED_SINCE_GRANTED });
  });

  it('refuses a path that did not exist when granted but does when read', async () => {
    const grants = createPathGrants();
    const later = join(dir, 'drop', 'later.txt');
    await grants.grant(1, [later]);
    await symlink(join(dir, 'secret.txt'), later);
    expect(await grants.take(1, later)).toEqual({ ok: false, reason: CHANGED_SINCE_GRANTED });
  });

  it('leaves a granted file that has gone since to the read, which names the cause', async () => {
    const grants = createPathGrants();
    await grants.grant(1, [paper()]);
    await rm(paper());
    expect(await grants.take(1, paper())).toEqual({ ok: true, path: paper() });
  });

  it('keeps at most the given number of unused grants, dropping the oldest', async () => {
    const grants = createPathGrants(2);
    await grants.grant(1, ['/a.txt', '/b.txt', '/c.txt']);
    expect(await grants.take(1, '/a.txt')).toEqual({ ok: false, reason: NOT_GRANTED });
    expect((await grants.take(1, '/c.txt')).ok).toBe(true);
  });
});
