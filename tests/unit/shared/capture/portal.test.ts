import { describe, expect, it } from 'vitest';
import { parseCaptureText } from '../../../../shared/capture/parse';
import { isCutSnippet } from '../../../../shared/capture/portal';
import { expectNoArabicChrome, expectRecords } from './expect-record';
import { parseFixture } from './read-fixture';

describe('portal pages beyond the seeds', () => {
  it('reads a full page with no "read also" block as one two-paragraph main abstract', () => {
    const parsed = parseFixture('portal-no-read-also.txt');
    expect(parsed.layout).toBe('portal');
    expectRecords(parsed, [
      {
        role: 'main',
        title: 'Spectral Bias of Wide Residual Networks',
        authors: ['Maria García', 'Kenji Tanaka'],
        year: 2019,
        views: 57,
        field: 'الرياضيات',
        language: 'English',
        starts: 'We study the spectral bias of wide residual networks',
        ends: 'skip connections slow down the learning of high frequencies.',
        truncated: false,
      },
    ]);
    expect(parsed.records[0]?.text).toContain(
      'higher frequencies are learned.\n\nOur experiments on synthetic data',
    );
    expectNoArabicChrome(parsed);
  });

  it('reads the English-interface variant, keeping " by " inside the title and every English label out', () => {
    const parsed = parseFixture('portal-english.txt');
    expect(parsed.layout).toBe('portal');
    expectRecords(parsed, [
      {
        role: 'main',
        title: 'Sparse Coding Meets Deep Learning by Accident',
        authors: ['Olga Petrova'],
        year: 2020,
        views: 58,
        field: 'Computer Science',
        language: 'English',
        starts: 'We revisit sparse coding as a model of the first layers',
        ends: 'implicit bias of the training dynamics.',
        truncated: false,
      },
      {
        role: 'related',
        starts: 'Dictionary learning is a classical approach',
        ends: 'under mild incoherence condition',
        truncated: true,
      },
      {
        role: 'related',
        views: 77,
        authors: ['Kenji Tanaka', 'Olga Petrova'],
        year: 2021,
        starts: 'We propose a convolutional sparse coding model',
        ends: 'close to the atoms of the underlying dictionary.',
        truncated: false,
      },
      {
        role: 'related',
        starts: 'We show that sparse codes are stable',
        ends: 'small perturbations of the input.',
        truncated: false,
      },
    ]);
    const all = parsed.records.map((record) => record.text).join('\n');
    expect(all).not.toMatch(
      /Click here|Abstract in English|Download|Rate the paper|Read also|Sign in|Would you like|mircosoft/u,
    );
  });

  it('reads an Arabic abstract as a main record of its own, beside its English twin', () => {
    const parsed = parseFixture('portal-arabic-abstract.txt');
    expect(parsed.encoding).toBe('utf-8-bom');
    expectRecords(parsed, [
      {
        role: 'main',
        language: 'Arabic',
        starts: 'نقدم في هذا البحث طريقة جديدة',
        ends: 'أفضل من الطرق التقليدية.',
        truncated: false,
      },
      {
        role: 'main',
        starts: 'We present a new method for training deep neural networks',
        ends: 'generalize better than with conventional methods.',
        truncated: false,
      },
      {
        role: 'related',
        starts: 'Batch normalization is widely used',
        ends: 'the loss and of its gradients both',
        truncated: true,
      },
    ]);
  });

  it('drops a preview line that repeats the start of the main abstract', () => {
    const parsed = parseFixture('portal-preview.txt');
    expectRecords(parsed, [
      {
        role: 'main',
        starts: 'We study the implicit regularization of gradient descent',
        ends: 'condition number of the target matrix.',
        truncated: false,
      },
      {
        role: 'related',
        starts: 'Low-rank matrix recovery from few linear measurements',
        ends: 'and that no saddle point. More',
        truncated: true,
      },
      {
        role: 'related',
        starts: 'We show that deep linear networks',
        ends: 'converge to low-rank solutions.',
        truncated: false,
      },
    ]);
  });

  it('takes a title that ends with a full stop from above the stats line, and an abstract opening with "Language"', () => {
    const abstract =
      'Language models trained on code learn to complete programs. We measure how often their completions are correct on a new ' +
      'benchmark of two thousand problems, and find that sampling many completions and filtering them with unit tests helps most.';
    const page = [
      'حمل البحث',
      'Language Models Are Programmers, Sometimes.',
      '',
      '12   0   0.0 ( 0 )',
      ' نشر من قبل Ann Lee',
      'اسأل ChatGPT حول البحث',
      abstract,
      'قيم البحث',
    ];
    const parsed = parseCaptureText(page.join('\n'));
    expectRecords(parsed, [
      {
        role: 'main',
        title: 'Language Models Are Programmers, Sometimes.',
        authors: ['Ann Lee'],
        views: 12,
        starts: 'Language models trained on code',
        ends: 'helps most.',
        truncated: false,
      },
    ]);
  });

  it('keeps <script> and javascript: in an abstract verbatim, as text', () => {
    const abstract =
      'We audit web demos of machine learning papers. One demo echoed <script>alert(1)</script> back to the page, and a link with ' +
      'javascript:alert(2) as its target ran in the reader; we propose a simple sandbox and measure its overhead on 500 demos.';
    const parsed = parseCaptureText(`\ufefb يوجد ملخص باللغة العربية\n${abstract}`);
    expect(parsed.records).toHaveLength(1);
    expect(parsed.records[0]?.text).toBe(abstract);
  });

  it('warns about a header line with no abstract below it, and gives its metadata to nobody', () => {
    const parsed = parseCaptureText(
      [
        'اقرأ أيضاً',
        'We study the loss landscape of deep networks and show that all local minima are global under mild conditions.',
        '12 - Ann Lee 2020',
        'التعليقات',
      ].join('\n'),
    );
    expect(parsed.records).toHaveLength(1);
    expect(parsed.records[0]?.views).toBeNull();
    expect(parsed.warnings).toEqual(['A header line (12 views) had no abstract below it and was ignored.']);
  });

  it('finds no abstract on a page of interface lines only, and says so', () => {
    const parsed = parseCaptureText('التعليقات\nجاري جلب التعليقات\n102   0   0.0 ( 0 )');
    expect(parsed.records).toEqual([]);
    expect(parsed.warnings).toEqual(['No abstract was found on this portal page.']);
  });
});

describe('isCutSnippet', () => {
  const words = (length: number, end: string): string =>
    `${'word '.repeat(60)}`.slice(0, length - end.length) + end;

  it('calls a 250-character snippet cut, whether it ends mid-word, on a word or after a full stop', () => {
    expect(isCutSnippet(words(250, 'memo'))).toBe(true);
    expect(isCutSnippet(words(249, 'what'))).toBe(true);
    expect(isCutSnippet(words(250, 'end.'))).toBe(true);
  });

  it('calls a shorter snippet that ends a sentence complete, and one that does not cut', () => {
    expect(isCutSnippet(words(219, 'networks.'))).toBe(false);
    expect(isCutSnippet(words(120, 'networks?'))).toBe(false);
    expect(isCutSnippet(words(200, 'and the'))).toBe(true);
  });

  it('calls anything longer than the cut complete', () => {
    expect(isCutSnippet(words(251, 'and the'))).toBe(false);
  });
});
