import { describe, expect, it } from 'vitest';
import { defaultCitationKey, type KeySource } from '../../../../shared/citekeys';

function key(source: Partial<KeySource>): string {
  return defaultCitationKey({ authors: [], year: null, title: null, text: '', ...source });
}

describe('defaultCitationKey', () => {
  it('joins the first author’s family name, the year and the first significant title word', () => {
    expect(key({ authors: ['Ashish Vaswani', 'Noam Shazeer'], year: 2017, title: 'Attention Is All You Need' })).toBe('vaswani2017attention');
  });

  it('skips stop words and one-letter words at the start of the title', () => {
    expect(key({ authors: ['Jane Doe'], year: 2020, title: 'On the Convergence of Adam' })).toBe('doe2020convergence');
    expect(key({ authors: ['Jane Doe'], year: 2020, title: 'Towards a Theory of Everything' })).toBe('doe2020theory');
    expect(key({ authors: ['Jane Doe'], year: 2020, title: 'A $k$-means Variant' })).toBe('doe2020means');
  });

  it('strips accents and drops what is not a letter', () => {
    expect(key({ authors: ['Thomas Müller'], year: 1999, title: 'Über Räume' })).toBe('muller1999uber');
    expect(key({ authors: ['Anders Ångström'], year: 1862, title: 'Spectra' })).toBe('angstrom1862spectra');
    expect(key({ authors: ['Mary O’Neil-Smith'], year: 2001, title: 'Graphs' })).toBe('oneilsmith2001graphs');
    expect(key({ authors: ['Paweł Łukasiewicz'], year: 1920, title: 'Logic' })).toBe('lukasiewicz1920logic');
  });

  it('files a name with a particle or a suffix under its family name, as Better BibTeX does', () => {
    expect(key({ authors: ['Jan van der Berg'], year: 2010, title: 'Dunes' })).toBe('berg2010dunes');
    expect(key({ authors: ['John Smith Jr.'], year: 2010, title: 'Dunes' })).toBe('smith2010dunes');
  });

  it('transliterates no other script: an Arabic name gives nothing', () => {
    expect(key({ authors: ['محمد علي'], year: 2019, title: 'Deep Parsing' })).toBe('2019deep');
    expect(key({ authors: ['محمد علي'], year: null, title: 'تحليل النصوص' })).toBe('anon');
  });

  it('takes the first significant word of the text when there is no title', () => {
    expect(key({ authors: ['Jane Doe'], year: 2021, title: null, text: 'In this paper we study graphs.' })).toBe('doe2021paper');
    expect(key({ authors: ['Jane Doe'], year: 2021, title: '  ', text: 'We study graphs.' })).toBe('doe2021study');
  });

  it('leaves a missing part out, and is anon when everything is missing', () => {
    expect(key({ year: 2017, title: 'Attention Is All You Need' })).toBe('2017attention');
    expect(key({ authors: ['Ashish Vaswani'], title: 'Attention' })).toBe('vaswaniattention');
    expect(key({ authors: ['Ashish Vaswani'], year: 2017 })).toBe('vaswani2017');
    expect(key({})).toBe('anon');
  });

  it('is lower-case ASCII letters and digits only, whatever it is given', () => {
    const inputs: Partial<KeySource>[] = [
      { authors: ['Ŝtefan Øster'], year: 2000, title: 'Æther and Straße' },
      { authors: ['Zoë {\\"O}zil'], year: 1, title: '“Quoted” $\\alpha$-title' },
    ];
    for (const input of inputs) expect(key(input)).toMatch(/^[a-z0-9]+$/u);
  });
});
