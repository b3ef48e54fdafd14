import { describe, expect, it } from 'vitest';
import { formatBibliography, formatCitation } from '../../../../shared/citations';
import { linearTeachers } from './seed-entries';

const base = { ...linearTeachers(), title: 'Deep learning', year: 2020 };

describe('names as the styles write them', () => {
  it('APA keeps a particle with the family name and inverts every author', () => {
    const entry = { ...base, authors: ['Jan van der Berg', 'Leslie N. Smith'] };
    expect(formatCitation([entry], 'apa', 'text')).toBe('(van der Berg & Smith, 2020)');
    expect(formatBibliography([entry], 'apa', 'text')).toBe('van der Berg, J., & Smith, L. N. (2020). Deep learning.');
  });

  it('IEEE abbreviates a person but never an organisation', () => {
    const entry = { ...base, authors: ['Leslie N. Smith', 'World Health Organization'] };
    expect(formatBibliography([entry], 'ieee', 'text')).toBe('[1] L. N. Smith and World Health Organization, “Deep learning.” 2020.');
  });

  it('Vancouver writes a suffix after the initials', () => {
    const entry = { ...base, authors: ['John Smith Jr.'] };
    expect(formatBibliography([entry], 'vancouver', 'text')).toBe('1. Smith J Jr. Deep learning. 2020.');
  });
});

describe('an arXiv preprint without a venue', () => {
  it('APA 7 names the archive and links the abstract page', () => {
    const entry = { ...base, authors: ['Leslie N. Smith'], arxiv: '1702.04283', type: null };
    expect(formatBibliography([entry], 'apa', 'text')).toBe('Smith, L. N. (2020). Deep learning (arXiv:1702.04283). arXiv. https://arxiv.org/abs/1702.04283');
  });
});
