import 'fake-indexeddb/auto';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportEntries } from '../../../../renderer/db/export/entries';
import { importFiles } from '../../../../renderer/db/import/import';
import type { LecternDB } from '../../../../renderer/db/schema/database';
import { getCitationStyle, setCitationStyle } from '../../../../renderer/db/settings/citation-style';
import { bibliographyContent, citationContent, copiedMessage } from '../../../../renderer/features/citations/copy-text';
import { freshDatabase } from '../db/fixtures';
import { readSeedFiles } from '../db/seed-files';

// The five seeds imported as the app imports them, read back through the export contract, then cited.

let database: LecternDB;
let teachers: number;
let energy: number;

beforeAll(async () => {
  database = freshDatabase();
  await importFiles(await readSeedFiles(), database);
  const rows = await database.abstracts.toArray();
  const idOf = (title: string): number => {
    const row = rows.find((candidate) => candidate.title === title);
    if (!row) throw new Error(`the seeds lost "${title}"`);
    return row.id;
  };
  teachers = idOf('Towards Understanding Learning in Neural Networks with Linear Teachers');
  energy = idOf('Energy Propagation in Deep Convolutional Neural Networks');
});

describe('citing imported seed abstracts', () => {
  it('APA: the citation and the reference, as text and HTML', async () => {
    const entries = await exportEntries([teachers], database);
    expect(await citationContent(entries, 'apa')).toEqual({ text: '(Brutzkus, 2021)', html: '(Brutzkus, 2021)' });
    const reference = await bibliographyContent(entries, 'apa');
    expect(reference.text).toBe('Brutzkus, A. (2021). Towards Understanding Learning in Neural Networks with Linear Teachers.');
    expect(reference.html).toBe(
      '<div class="csl-bib-body">\n' +
        '  <div class="csl-entry">Brutzkus, A. (2021). <i>Towards Understanding Learning in Neural Networks with Linear Teachers</i>.</div>\n' +
        '</div>',
    );
  });

  it('a snippet without a year is "n.d." in APA and Chicago', async () => {
    const entries = await exportEntries([teachers, energy], database);
    expect((await citationContent(entries, 'apa')).text).toBe('(Brutzkus, 2021; Wiatowski et al., n.d.)');
    expect((await citationContent(entries, 'chicago-author-date')).text).toBe('(Brutzkus 2021; Wiatowski, Grohs, and Bölcskei, n.d.)');
  });

  it('pandoc and LaTeX cite the citation keys, with no HTML', async () => {
    const entries = await exportEntries([teachers, energy], database);
    const keys = entries.map((entry) => entry.citationKey);
    expect(await citationContent(entries, 'pandoc')).toEqual({ text: `[@${keys[0]}; @${keys[1]}]` });
    expect(await citationContent(entries, 'latex')).toEqual({ text: `\\cite{${keys[0]},${keys[1]}}` });
  });
});

describe('the remembered style', () => {
  it('is APA 7th until one is chosen, then the one chosen; an unknown value reads as APA', async () => {
    const fresh = freshDatabase();
    expect(await getCitationStyle(fresh)).toBe('apa');
    await setCitationStyle('nature', fresh);
    expect(await getCitationStyle(fresh)).toBe('nature');
    await fresh.meta.put({ key: 'setting:citationStyle', value: 'mla' });
    expect(await getCitationStyle(fresh)).toBe('apa');
  });
});

describe('status messages', () => {
  it('name the style and, for several abstracts, how many', () => {
    expect(copiedMessage('apa', 'citation', 1)).toBe('Copied APA 7th citation');
    expect(copiedMessage('latex', 'citation', 2)).toBe('Copied LaTeX citation of 2 abstracts');
    expect(copiedMessage('vancouver', 'bibliography', 1200)).toBe('Copied Vancouver bibliography of 1,200 abstracts');
  });
});
