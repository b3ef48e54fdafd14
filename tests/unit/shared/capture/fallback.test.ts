import { describe, expect, it } from 'vitest';
import { NOTHING_FOUND_WARNING, UNKNOWN_LAYOUT_WARNING } from '../../../../shared/capture/fallback';
import { parseCaptureText } from '../../../../shared/capture/parse';
import { expectRecords } from './expect-record';
import { parseFixture } from './read-fixture';

describe('captures of unknown layout', () => {
  it('give one record per blank-line-separated block that has letters, with a warning', () => {
    const parsed = parseFixture('unknown-layout.txt');
    expect(parsed.layout).toBe('unknown');
    expect(parsed.warnings).toEqual([UNKNOWN_LAYOUT_WARNING]);
    expectRecords(parsed, [
      { role: 'main', starts: 'Reading notes, week 12', ends: 'Reading notes, week 12', truncated: false },
      {
        role: 'related',
        starts: 'Gradient descent on two-layer networks',
        ends: 'overparameterized networks generalize well.',
        truncated: false,
      },
      {
        role: 'related',
        starts: 'Attention heads in small transformers',
        ends: 'costs little accuracy.',
        truncated: false,
      },
    ]);
  });

  it('give one record per line when the text has no blank lines', () => {
    const parsed = parseCaptureText(
      'First note about sparse autoencoders.\nSecond note about contrastive losses.',
    );
    expect(parsed.records.map((record) => record.text)).toEqual([
      'First note about sparse autoencoders.',
      'Second note about contrastive losses.',
    ]);
  });

  it('say so when no block has a letter', () => {
    const parsed = parseCaptureText('----\n\n* * *\n');
    expect(parsed.records).toEqual([]);
    expect(parsed.warnings).toEqual([NOTHING_FOUND_WARNING]);
  });

  it('give a single plain abstract back whole', () => {
    const abstract =
      'We prove that gradient descent finds a global minimum of the training loss of a wide two-layer network in polynomial time.';
    const parsed = parseCaptureText(abstract);
    expect(parsed.records).toHaveLength(1);
    expect(parsed.records[0]?.text).toBe(abstract);
    expect(parsed.records[0]?.role).toBe('main');
  });
});
