import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { getCitationStyle, setCitationStyle } from '../../../../../renderer/db/settings/citation-style';
import { getSettings, setSetting } from '../../../../../renderer/db/settings/settings';
import { getThemeChoice, setThemeChoice } from '../../../../../renderer/db/settings/theme';
import { deliverAll, openDevice } from './replica-pair';

describe('settings marked as synced', () => {
  it('the citation style and “mark reading on open” follow the library; the theme stays on its device', async () => {
    const a = await openDevice();
    const b = await openDevice();
    await setCitationStyle('ieee', a.database);
    await setSetting('markReadingOnOpen', true, a.database);
    await setThemeChoice('dark', a.database);
    await a.replica.whenIdle();
    await deliverAll(a, b);

    expect(await getCitationStyle(b.database)).toBe('ieee');
    expect(await getSettings(b.database)).toEqual({ markReadingOnOpen: true });
    expect(await getThemeChoice(b.database)).toBe('system');
  });

  it('the later change wins, and a change back travels too', async () => {
    const a = await openDevice();
    const b = await openDevice();
    await setCitationStyle('nature', a.database);
    await a.replica.whenIdle();
    await deliverAll(a, b);
    await setCitationStyle('vancouver', b.database);
    await b.replica.whenIdle();
    await deliverAll(a, b);
    expect(await getCitationStyle(a.database)).toBe('vancouver');
    expect(await getCitationStyle(b.database)).toBe('vancouver');
    expect(a.problems.concat(b.problems)).toEqual([]);
  });
});
