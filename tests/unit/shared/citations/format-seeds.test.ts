import { describe, expect, it } from 'vitest';
import { formatBibliography, formatCitation, type CitationStyleId } from '../../../../shared/citations';
import { energyPropagation, linearTeachers, xuWang } from './seed-entries';

// Every expected string below was written by hand from the style's own rules (APA 7 §9–10, the IEEE
// reference guide, Chicago 17 author-date, ICMJE/Vancouver, Nature's guide to authors), not copied
// from the engine. Titles stay in the case the source wrote them: CSL styles do not sentence-case.

const BRUTZKUS = linearTeachers();
const XU_WANG = xuWang();
const WIATOWSKI = energyPropagation();
const XU_TITLE = 'This paper presents a general framework for norm-based capacity control for $L_{p,q}$…';
const ENERGY = 'Energy Propagation in Deep Convolutional Neural Networks';
const TEACHERS = 'Towards Understanding Learning in Neural Networks with Linear Teachers';
const TIT = 'IEEE Transactions on Information Theory';

interface StyleCase {
  citation: [string, string, string];
  reference: [string, string, string];
}

const CASES: Record<CitationStyleId, StyleCase> = {
  apa: {
    citation: ['(Brutzkus, 2021)', '(Xu & Wang, 2018)', '(Wiatowski et al., 2018)'],
    reference: [
      `Brutzkus, A. (2021). ${TEACHERS}.`,
      `Xu, Y., & Wang, X. (2018). ${XU_TITLE}.`,
      `Wiatowski, T., Grohs, P., & Bölcskei, H. (2018). ${ENERGY}. ${TIT}, 64(7), 4819–4842. https://doi.org/10.1109/TIT.2017.2756880`,
    ],
  },
  ieee: {
    citation: ['[1]', '[1]', '[1]'],
    reference: [
      `[1] A. Brutzkus, “${TEACHERS}.” 2021.`,
      `[1] Y. Xu and X. Wang, “${XU_TITLE}.” 2018.`,
      `[1] T. Wiatowski, P. Grohs, and H. Bölcskei, “${ENERGY},” ${TIT}, vol. 64, no. 7, pp. 4819–4842, 2018, doi: 10.1109/TIT.2017.2756880.`,
    ],
  },
  'chicago-author-date': {
    citation: ['(Brutzkus 2021)', '(Xu and Wang 2018)', '(Wiatowski, Grohs, and Bölcskei 2018)'],
    reference: [
      `Brutzkus, Alon. 2021. “${TEACHERS}.”`,
      // Chicago title-cases the title; the math is left as written.
      'Xu, Yixi, and Xiao Wang. 2018. “This Paper Presents a General Framework for Norm-Based Capacity Control for $L_{p,q}$….”',
      `Wiatowski, Thomas, Philipp Grohs, and Helmut Bölcskei. 2018. “${ENERGY}.” ${TIT} 64 (7): 4819–42. https://doi.org/10.1109/TIT.2017.2756880.`,
    ],
  },
  vancouver: {
    citation: ['(1)', '(1)', '(1)'],
    reference: [
      `1. Brutzkus A. ${TEACHERS}. 2021.`,
      `1. Xu Y, Wang X. ${XU_TITLE}. 2018.`,
      `1. Wiatowski T, Grohs P, Bölcskei H. ${ENERGY}. ${TIT}. 2018;64(7):4819–42.`,
    ],
  },
  nature: {
    citation: ['1', '1', '1'],
    reference: [
      `1. Brutzkus, A. ${TEACHERS}. (2021).`,
      `1. Xu, Y. & Wang, X. ${XU_TITLE}. (2018).`,
      `1. Wiatowski, T., Grohs, P. & Bölcskei, H. ${ENERGY}. ${TIT} 64, 4819–4842 (2018).`,
    ],
  },
};

describe.each(Object.entries(CASES) as [CitationStyleId, StyleCase][])('%s', (style, expected) => {
  const entries = [BRUTZKUS, XU_WANG, WIATOWSKI];

  it('cites each seed abstract in the text', () => {
    expect(entries.map((entry) => formatCitation([entry], style, 'text'))).toEqual(expected.citation);
  });

  it('gives each seed abstract its reference', () => {
    expect(entries.map((entry) => formatBibliography([entry], style, 'text'))).toEqual(expected.reference);
  });
});

describe('several abstracts at once', () => {
  const entries = [BRUTZKUS, XU_WANG, WIATOWSKI];

  it('APA cites them in one parenthesis, by author, and lists them by author', () => {
    expect(formatCitation(entries, 'apa', 'text')).toBe('(Brutzkus, 2021; Wiatowski et al., 2018; Xu & Wang, 2018)');
    expect(formatBibliography(entries, 'apa', 'text').split('\n').map((line) => line.slice(0, 14))).toEqual([
      'Brutzkus, A. (',
      'Wiatowski, T.,',
      'Xu, Y., & Wang',
    ]);
  });

  it('IEEE and Vancouver number them in the order given', () => {
    expect(formatCitation(entries, 'ieee', 'text')).toBe('[1]–[3]');
    expect(formatBibliography(entries, 'ieee', 'text').split('\n').map((line) => line.slice(0, 15))).toEqual([
      '[1] A. Brutzkus',
      '[2] Y. Xu and X',
      '[3] T. Wiatowsk',
    ]);
    expect(formatCitation(entries, 'vancouver', 'text')).toBe('(1–3)');
    expect(formatBibliography(entries, 'vancouver', 'text').split('\n').map((line) => line.slice(0, 11))).toEqual([
      '1. Brutzkus',
      '2. Xu Y, Wa',
      '3. Wiatowsk',
    ]);
  });

  it('nothing to cite gives nothing', () => {
    expect(formatCitation([], 'apa', 'text')).toBe('');
    expect(formatBibliography([], 'nature', 'html')).toBe('');
  });
});

describe('HTML', () => {
  it('APA italicises the journal and volume and escapes the ampersand', () => {
    expect(formatBibliography([WIATOWSKI], 'apa', 'html')).toBe(
      '<div class="csl-bib-body">\n' +
        `  <div class="csl-entry">Wiatowski, T., Grohs, P., &#38; Bölcskei, H. (2018). ${ENERGY}. <i>${TIT}</i>, <i>64</i>(7), 4819–4842. https://doi.org/10.1109/TIT.2017.2756880</div>\n` +
        '</div>',
    );
    expect(formatCitation([XU_WANG], 'apa', 'html')).toBe('(Xu &#38; Wang, 2018)');
  });

  it('Nature sets the volume in bold and the citation as a superscript', () => {
    expect(formatBibliography([WIATOWSKI], 'nature', 'html')).toContain(`<i>${TIT}</i> <b>64</b>, 4819–4842 (2018).`);
    expect(formatCitation([WIATOWSKI], 'nature', 'html')).toBe('<sup>1</sup>');
  });
});
