import { describe, expect, it } from 'vitest';
import { COMMON_CSL_TYPES, cslTypeLabel, OTHER_CSL_TYPES } from '../../../../shared/references/csl-type-labels';
import { isCslType } from '../../../../shared/references/csl-types';
import { checkArxiv, checkCitationKey, checkCslType, checkDoi, checkUrl, cleanVenue, splitKeywords } from '../../../../shared/references/detail-values';

describe('values typed into Edit details', () => {
  it('stores a DOI in its normal form, whatever prefix or case it was typed with', () => {
    expect(checkDoi(' https://doi.org/10.1000/ABC ')).toEqual({ ok: true, value: '10.1000/abc' });
    expect(checkDoi('doi:10.1109/TIT.2017.2756880')).toEqual({ ok: true, value: '10.1109/tit.2017.2756880' });
    expect(checkDoi('   ')).toEqual({ ok: true, value: null });
  });

  it('explains a DOI, arXiv ID, URL or citation key that cannot be stored, quoting it', () => {
    expect(checkDoi('10.10/x')).toEqual({ ok: false, message: expect.stringContaining('This is not a DOI: “10.10/x”') as unknown });
    expect(checkArxiv('2101.1')).toEqual({ ok: false, message: expect.stringContaining('This is not an arXiv ID: “2101.1”') as unknown });
    expect(checkUrl('javascript:alert(1)')).toEqual({ ok: false, message: expect.stringContaining('This is not a web address: “javascript:alert(1)”') as unknown });
    expect(checkUrl('ftp://example.org/paper.pdf')).toMatchObject({ ok: false });
    expect(checkUrl('example.org')).toMatchObject({ ok: false });
    expect(checkCitationKey('smith 2020')).toMatchObject({ ok: false, message: expect.stringContaining('“smith 2020”') as unknown });
    expect(checkCslType('poem')).toMatchObject({ ok: false });
  });

  it('stores arXiv IDs without prefix or version, and keeps URLs and keys as typed', () => {
    expect(checkArxiv('arXiv:2101.00001v3')).toEqual({ ok: true, value: '2101.00001' });
    expect(checkArxiv('https://arxiv.org/abs/hep-th/9901001')).toEqual({ ok: true, value: 'hep-th/9901001' });
    expect(checkUrl(' https://example.org/a?b=c ')).toEqual({ ok: true, value: 'https://example.org/a?b=c' });
    expect(checkCitationKey(' Smith2020:Deep_Nets ')).toEqual({ ok: true, value: 'Smith2020:Deep_Nets' });
    expect(checkCslType('paper-conference')).toEqual({ ok: true, value: 'paper-conference' });
    expect(checkCslType('')).toEqual({ ok: true, value: null });
  });

  it('tidies venues and splits keywords on commas without blanks or repeats', () => {
    expect(cleanVenue('  Advances in   Neural\nInformation Processing Systems ')).toBe('Advances in Neural Information Processing Systems');
    expect(cleanVenue(' ')).toBeNull();
    expect(splitKeywords(' kernels, deep  learning,, kernels ,')).toEqual(['kernels', 'deep learning']);
    expect(splitKeywords('')).toEqual([]);
  });
});

describe('CSL type labels', () => {
  it('names every type readably, and shows an unknown type as written', () => {
    expect(cslTypeLabel('article-journal')).toBe('Journal article');
    expect(cslTypeLabel('paper-conference')).toBe('Conference paper');
    expect(cslTypeLabel('webpage')).toBe('Web page');
    expect(cslTypeLabel('something-else')).toBe('something-else');
    expect(cslTypeLabel('constructor')).toBe('constructor');
  });

  it('offers each CSL type once: the common ones first, then the rest by label', () => {
    const all = [...COMMON_CSL_TYPES, ...OTHER_CSL_TYPES];
    expect(new Set(all).size).toBe(all.length);
    expect(all.every(isCslType)).toBe(true);
    expect(all).toHaveLength(45);
    const labels = OTHER_CSL_TYPES.map(cslTypeLabel);
    expect(labels).toEqual([...labels].sort((a, b) => a.localeCompare(b, 'en')));
  });
});
