import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fingerprint, prefixKey, PREFIX_KEY_LENGTH } from '../../../../shared/identity/fingerprint';
import { normalizeForIdentity } from '../../../../shared/identity/normalize';

describe('normalizeForIdentity', () => {
  it('ignores stray spaces, case, punctuation and stripped backslashes', () => {
    expect(normalizeForIdentity('relat e')).toBe(normalizeForIdentity('relate'));
    expect(normalizeForIdentity('$frac{1}{2}$')).toBe(normalizeForIdentity('$\\frac{1}{2}$'));
    expect(normalizeForIdentity('Deep  Neural\nNetworks (DNNs).')).toBe('deepneuralnetworksdnns');
  });

  it('folds compatibility forms with NFKC and keeps letters of every script', () => {
    expect(normalizeForIdentity('ﬁne ＡＢＣ')).toBe('fineabc');
    expect(normalizeForIdentity('تعلم الآلة 2021')).toBe(normalizeForIdentity('تعلم  الآلة، 2021'));
    expect(normalizeForIdentity('تعلم')).not.toBe('');
  });
});

describe('fingerprint and prefixKey', () => {
  it('agree for texts with the same normalised form and differ otherwise', () => {
    expect(fingerprint('We study $L_{1,infty}$ norms.')).toBe(fingerprint('we study $L_{1,\\infty}$ norms'));
    expect(fingerprint('We study norms.')).not.toBe(fingerprint('We study forms.'));
    expect(fingerprint('ab')).not.toBe(fingerprint('ba'));
  });

  it('is a hex hash followed by the normalised length', () => {
    expect(fingerprint('Hello, world')).toMatch(/^[0-9a-f]{16}-a$/);
  });

  it('has no collisions across many similar texts', () => {
    const seen = new Set<string>();
    for (let index = 0; index < 50_000; index += 1)
      seen.add(fingerprint(`abstract number ${index} of the library`));
    expect(seen.size).toBe(50_000);
  });

  it('keys a text by its first normalised characters', () => {
    const key = prefixKey(
      'In this paper, we theoretically prove that adding one special neuron per output unit eliminates all suboptimal local minima',
    );
    expect(key).toHaveLength(PREFIX_KEY_LENGTH);
    expect(key).toBe('inthispaperwetheoreticallyprovethataddingonespecialneuronper');
    expect(prefixKey('Short text.')).toBe('shorttext');
  });

  it('keys apart texts that open alike for fewer characters than a snippet must have to merge', () => {
    const opening = 'In this paper, we theoretically prove that adding one ';
    expect(prefixKey(`${opening}special neuron per output unit suffices`)).not.toBe(prefixKey(`${opening}hidden layer per block is enough`));
  });
});

describe('normalizeForIdentity on ASCII text', () => {
  const general = (text: string): string =>
    text
      .normalize('NFKC')
      .toLowerCase()
      .normalize('NFKC')
      .replace(/[^\p{L}\p{N}]+/gu, '');

  it('matches the general Unicode path it short-cuts', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary-ascii' }),
        (text) => normalizeForIdentity(text) === general(text),
      ),
    );
  });
});
