import { describe, expect, it } from 'vitest';
import { metaFormValuesOf, readMetaForm, type MetaFormValues } from '../../../../renderer/features/reader/meta-form';

const ROW = {
  title: 'Energy Propagation in Deep Convolutional Neural Networks',
  authors: ['Thomas Wiatowski', 'Philipp Grohs'],
  year: 2017,
  doi: null,
  arxiv: null,
  url: 'www.example.org/not-a-web-address',
  venue: null,
  type: null,
  citationKey: null,
  keywords: ['scattering'],
};

const opened = (): MetaFormValues => metaFormValuesOf(ROW);

describe('the Edit details form', () => {
  it('opens with the abstract’s values as text', () => {
    expect(opened()).toEqual({
      title: ROW.title,
      authors: 'Thomas Wiatowski, Philipp Grohs',
      year: '2017',
      doi: '',
      arxiv: '',
      url: 'www.example.org/not-a-web-address',
      venue: '',
      type: '',
      citationKey: '',
      keywords: 'scattering',
    });
  });

  it('saves only what was changed, in stored form', () => {
    const typed = { ...opened(), doi: ' https://doi.org/10.1109/TIT.2017.2756880 ', venue: ' IEEE Transactions on  Information Theory ', type: 'article-journal', citationKey: 'Wiatowski2018', keywords: 'scattering, wavelets , ' };
    expect(readMetaForm(typed, opened())).toEqual({
      ok: true,
      patch: {
        doi: '10.1109/tit.2017.2756880',
        venue: 'IEEE Transactions on Information Theory',
        type: 'article-journal',
        citationKey: 'Wiatowski2018',
        keywords: ['scattering', 'wavelets'],
      },
    });
    expect(readMetaForm(opened(), opened())).toEqual({ ok: true, patch: {} });
  });

  it('empties a field to unknown', () => {
    expect(readMetaForm({ ...opened(), title: '  ', year: '', keywords: '' }, opened())).toEqual({ ok: true, patch: { title: null, year: null, keywords: [] } });
  });

  it.each([
    ['doi', 'doi.org/nothing', 'This is not a DOI: “doi.org/nothing”'],
    ['arxiv', 'arXiv:12', 'This is not an arXiv ID: “arXiv:12”'],
    ['url', 'ftp://example.org/a.pdf', 'This is not a web address: “ftp://example.org/a.pdf”'],
    ['citationKey', 'Smith 2020', 'A citation key cannot hold spaces'],
    ['year', '20x6', '“20x6” is not a year'],
  ] as const)('names %s as the field at fault for %j', (field, typed, message) => {
    const result = readMetaForm({ ...opened(), venue: 'A venue', [field]: typed }, opened());
    expect(result).toEqual({ ok: false, field, message: expect.stringContaining(message) as unknown });
  });

  it('does not re-check a value it was opened with, so an odd imported URL does not block other edits', () => {
    expect(readMetaForm({ ...opened(), year: '2018' }, opened())).toEqual({ ok: true, patch: { year: 2018 } });
  });
});
