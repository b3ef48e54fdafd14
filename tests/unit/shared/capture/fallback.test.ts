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
      {
        role: 'main',
        title: 'Reading notes, week 12',
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

  it('take a short line without a full stop, right above a paragraph, as its title', () => {
    const abstract =
      'We compare on-demand, spot and reserved pricing for training mid-sized language models, and find that spot capacity halves the cost when checkpoints are frequent.';
    for (const gap of ['\n\n', '\n', '\r\n\r\n']) {
      const parsed = parseCaptureText(`Pricing models for cloud training${gap}${abstract}\n`);
      expectRecords(parsed, [
        {
          role: 'main',
          title: 'Pricing models for cloud training',
          starts: 'We compare',
          ends: 'frequent.',
          truncated: false,
        },
      ]);
    }
    const twoTitled = parseCaptureText(
      `Pricing models for cloud training\n\n${abstract}\n\nHow Powerful Are Spot Instances?\n\n${abstract}`,
    );
    expect(twoTitled.records.map((record) => [record.role, record.title])).toEqual([
      ['main', 'Pricing models for cloud training'],
      ['related', 'How Powerful Are Spot Instances?'],
    ]);
  });

  it('leave plain paragraphs, labels, far-off lines and hard-wrapped lines untitled', () => {
    const paragraphs = [
      'We study sparse autoencoders on the activations of small transformers.',
      'Most features are interpretable, and a few are dense and shared across layers.',
      'Short closing remark.',
      'We release the code and the trained dictionaries.',
    ];
    expect(parseCaptureText(paragraphs.join('\n\n')).records.map((record) => record.title)).toEqual([
      null,
      null,
      null,
      null,
    ]);
    const untitled = [
      `Abstract:\n\n${paragraphs[0]}`,
      `Pricing models for cloud training\n\n\n${paragraphs[0]}`,
      `Pricing models for cloud training\n\n----\n\n${paragraphs[0]}`,
      'We compare on-demand, spot and reserved pricing for training\nmid-sized language models, and find that spot capacity halves the cost.',
    ];
    for (const text of untitled) {
      expect(
        parseCaptureText(text).records.every((record) => record.title === null),
        text,
      ).toBe(true);
    }
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
