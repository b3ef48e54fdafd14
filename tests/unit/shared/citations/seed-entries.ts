import type { CaptureRecord } from '../../../../shared/capture/types';
import type { ExportEntry } from '../../../../shared/export/types';
import { displayTitle } from '../../../../shared/text/display-title';
import { parseSeed } from '../capture/read-fixture';
import { entryOfRecord } from '../export/entry-of-record';

/** A seed record as exportEntries would give it once imported: the parse pipeline's own fields. */
function entryOf(record: CaptureRecord, id: number, citationKey: string): ExportEntry {
  return { ...entryOfRecord(record, id - 1), citationKey, displayTitle: displayTitle({ title: record.title, text: record.text }), addedAt: 0, updatedAt: 0 };
}

function seedRecord(file: string, startsWith: string): CaptureRecord {
  const record = parseSeed(file).records.find((candidate) => candidate.text.startsWith(startsWith));
  if (!record) throw new Error(`no record in ${file} starts with ${startsWith}`);
  return record;
}

/** Seed 004's main abstract: one author, a year and a title. */
export function linearTeachers(): ExportEntry {
  return entryOf(seedRecord('004_ad664b81d537d098.txt', 'Can a neural network minimizing cross-entropy'), 1, 'Brutzkus2021Towards');
}

/** A related snippet of seed 004: two authors and a year, but no title (its first sentence stands in). */
export function xuWang(): ExportEntry {
  const record = parseSeed('004_ad664b81d537d098.txt').records.find((candidate) => candidate.authors[0] === 'Yixi Xu');
  if (!record) throw new Error('seed 004 lost the Xu and Wang snippet');
  return entryOf(record, 2, 'Xu2018');
}

/**
 * Seed 002's snippet by Wiatowski, Grohs and Bölcskei, completed as a user would in Edit details
 * with the published record (IEEE Trans. Inf. Theory 64(7), 2018).
 */
export function energyPropagation(): ExportEntry {
  const record = seedRecord('002_5a15cb1a17bda28b.txt', '');
  const found = parseSeed('002_5a15cb1a17bda28b.txt').records.find((candidate) => candidate.title === 'Energy Propagation in Deep Convolutional Neural Networks') ?? record;
  return {
    ...entryOf(found, 3, 'Wiatowski2018Energy'),
    year: 2018,
    doi: '10.1109/TIT.2017.2756880',
    venue: 'IEEE Transactions on Information Theory',
    type: 'article-journal',
    fields: { volume: '64', number: '7', pages: '4819--4842' },
  };
}
