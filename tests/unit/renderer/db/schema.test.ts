import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { LecternDB } from '../../../../renderer/db/schema/database';
import { LATEST_VERSION, SCHEMA_STEPS } from '../../../../renderer/db/schema/version-chain';
import { freshDatabase, snapshot, withoutVersion11Fields } from './fixtures';
import { importAsOlderRelease } from './older-release';
import { readSeedFiles } from './seed-files';

describe('the schema version chain', () => {
  it('numbers its steps in increasing order', () => {
    const versions = SCHEMA_STEPS.map((step) => step.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
    expect(LATEST_VERSION).toBe(versions.at(-1));
  });

  it('opens a library written by the first version at the latest version, keeping its data', async () => {
    const name = freshDatabase().name;
    const oldRelease = new LecternDB(name, SCHEMA_STEPS[0]?.version);
    await importAsOlderRelease(await readSeedFiles(), oldRelease);
    const written = await snapshot(oldRelease);
    oldRelease.close();

    const current = new LecternDB(name);
    await current.open();

    expect(current.verno).toBe(LATEST_VERSION);
    const now = await snapshot(current);
    for (const [table, rows] of Object.entries(written)) expect(withoutVersion11Fields(now[table])).toEqual(rows);
  });
});
