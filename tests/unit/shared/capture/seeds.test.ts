import { describe, expect, it } from 'vitest';
import { expectNoArabicChrome, expectRecords } from './expect-record';
import { parseSeed } from './read-fixture';

// Expectations written by reading the five captures in seeds/ by eye, not copied from the parser's output.

describe('seed 000 (compact portal page)', () => {
  const parsed = parseSeed('000_9dbf7397c9f611e8.txt');

  it('reads the main abstract and five related snippets, four of them cut at 250 characters', () => {
    expect(parsed.encoding).toBe('utf-8');
    expect(parsed.layout).toBe('portal');
    expectRecords(parsed, [
      {
        role: 'main',
        starts: 'We perform an experimental study of the dynamics',
        ends: 'based on conditional mutual information.',
        truncated: false,
      },
      {
        role: 'related',
        starts: 'Deep neural networks are the state-of-the-art',
        ends: 'criticized for consuming a lot of memo',
        truncated: true,
      },
      {
        role: 'related',
        starts: 'Recurrent neural networks (RNNs) are notoriously',
        ends: 'issue of vanishing and exploding gra',
        truncated: true,
      },
      {
        role: 'related',
        starts: 'We consider functions defined by deep neural networks',
        ends: 'bound on sample complexity of such networks.',
        truncated: false,
      },
      {
        role: 'related',
        starts: 'Deep Neural Network (DNN) is powerful but',
        ends: 'which aims at eliminating so',
        truncated: true,
      },
      {
        role: 'related',
        starts: 'We examine the influence of input data',
        ends: 'If the model distribution is',
        truncated: true,
      },
    ]);
    expect(parsed.warnings).toEqual([]);
  });

  it('never turns the "no Arabic abstract" line into a record', () => {
    expectNoArabicChrome(parsed);
  });
});

describe('seed 001 (compact portal page)', () => {
  const parsed = parseSeed('001_8b0f8923c95d0f9f.txt');

  it('reads six records; a 249-character snippet cut at a trimmed space is still truncated', () => {
    expect(parsed.layout).toBe('portal');
    expectRecords(parsed, [
      {
        role: 'main',
        starts: 'In this paper, we analyze the effects of depth and width',
        ends: 'as consequences of general results.',
        truncated: false,
      },
      {
        role: 'related',
        starts: 'In this paper, we theoretically prove that adding one special neuron',
        ends: 'regression with an arbitrary loss funct',
        truncated: true,
      },
      {
        role: 'related',
        starts: 'We formally study how ensemble of deep learning models',
        ends: 'the challenging case where the ensemble is s',
        truncated: true,
      },
      {
        role: 'related',
        starts: 'Despite the empirical success of using Adversarial Training',
        ends: 'adversarial perturbations, and what',
        truncated: true,
      },
      {
        role: 'related',
        starts: 'The stochastic gradient descent (SGD) method and its variants',
        ends: 'say $32$-$512$ data points, is sampled to comp',
        truncated: true,
      },
      {
        role: 'related',
        starts: 'Expressive efficiency refers to the relation between two architectures',
        ends: 'unless its size grows significantly',
        truncated: true,
      },
    ]);
    expectNoArabicChrome(parsed);
  });
});

describe('seed 002 (research blog post)', () => {
  const parsed = parseSeed('002_5a15cb1a17bda28b.txt');

  it('reads an untitled two-paragraph abstract with the opening quote, then two titled abstracts', () => {
    expect(parsed.layout).toBe('blog');
    expectRecords(parsed, [
      {
        role: 'main',
        starts: 'Despite their great success, there is still no comprehensive theoretical understanding',
        ends: 'present a new theoretical argument for the computational benefit of the hidden layers.',
        truncated: false,
        quote:
          'In our experiments, most of the optimization epochs are spent on compressing the internal representations under the ' +
          'training error constraint. This compression occurs by the SGD without any other explicit regularization or sparsity, ' +
          'and - we believe - is largely responsible for the absence of overfitting in DL. This observation also suggests that ' +
          'there are many (exponential in the number of weights) different randomized networks with essentially optimal performance.',
      },
      {
        role: 'related',
        title: 'Energy Propagation in Deep Convolutional Neural Networks',
        authors: ['Thomas Wiatowski', 'Philipp Grohs', 'Helmut Bölcskei'],
        starts: 'Many practical machine learning tasks employ very deep convolutional neural networks.',
        ends: 'of the input signal energy be contained in the feature vector.',
        truncated: false,
      },
      {
        role: 'related',
        title: 'Exploring loss function topology with cyclical learning rates',
        authors: ['Leslie N. Smith', 'Nicholay Topin'],
        starts: 'We present observations and discussion of previously unreported phenomena',
        ends: 'Files to replicate these results are available at this https URL',
        truncated: false,
      },
    ]);
  });

  it('keeps the paragraph break inside the first abstract and the quote out of its text', () => {
    const first = parsed.records[0];
    expect(first?.text).toContain('successively, for each layer.\nIn this work we follow up on this idea');
    expect(first?.text).not.toContain('In our experiments');
  });

  it('drops the footer', () => {
    const all = parsed.records.map((record) => record.text).join('\n');
    expect(all).not.toMatch(/Liked this entry|subscribe|No comments|Post a Comment/u);
  });
});

describe('seed 003 (compact portal page)', () => {
  const parsed = parseSeed('003_c604a56a4b3fcfef.txt');

  it('reads six records, keeping stripped LaTeX (emph{…}) as captured', () => {
    expect(parsed.layout).toBe('portal');
    expectRecords(parsed, [
      {
        role: 'main',
        starts: 'Several works have aimed to explain why overparameterized',
        ends: 'discoverable by local methods, such as SGD.',
        truncated: false,
      },
      {
        role: 'related',
        starts: 'In this paper, we theoretically prove that adding one special neuron',
        ends: 'regression with an arbitrary loss funct',
        truncated: true,
      },
      {
        role: 'related',
        starts: 'Stochastic gradient descent (SGD) is widely used in machine learning.',
        ends: 'for modern neural networks. In order to under',
        truncated: true,
      },
      {
        role: 'related',
        starts: 'The empirical success of deep learning is often attributed to SGDs',
        ends: 'empirical evidence of heavy-tailed gradient n',
        truncated: true,
      },
      {
        role: 'related',
        starts: 'Communication overhead hinders the scalability',
        ends: 'However, its convergence rate is revers',
        truncated: true,
      },
      {
        role: 'related',
        starts: 'Recurrent Neural Networks (RNNs) are among the most popular models',
        ends: 'the same recurrent unit simultaneously learn functions',
        truncated: true,
      },
    ]);
    expect(parsed.records[0]?.text).toContain('if we do not regularize emph{explicitly}, then SGD');
  });
});

describe('seed 004 (full portal page)', () => {
  const parsed = parseSeed('004_ad664b81d537d098.txt');

  it('reads the titled main abstract with its page metadata, then five related abstracts with their headers', () => {
    expect(parsed.layout).toBe('portal');
    expectRecords(parsed, [
      {
        role: 'main',
        title: 'Towards Understanding Learning in Neural Networks with Linear Teachers',
        authors: ['Alon Brutzkus'],
        year: 2021,
        views: 102,
        field: 'الهندسة المعلوماتية',
        language: 'English',
        starts: 'Can a neural network minimizing cross-entropy learn linearly separable data?',
        ends: 'We provide empirical results that validate our theoretical analysis.',
        truncated: false,
      },
      {
        role: 'related',
        starts: 'In this paper we investigate the family of functions representable',
        ends: 'utilizes the theory of zonotopes from polyhedral theory.',
        truncated: false,
      },
      {
        role: 'related',
        views: 105,
        authors: ['Yixi Xu', 'Xiao Wang'],
        year: 2018,
        starts: 'This paper presents a general framework for norm-based capacity control',
        ends: 'only depends on the architecture by the square root of the depth.',
        truncated: false,
      },
      {
        role: 'related',
        starts: 'Deep neural networks can empirically perform efficient hierarchical learning',
        ends: 'why depth is important in deep learning.',
        truncated: false,
      },
      {
        role: 'related',
        views: 254,
        authors: ['Difan Zou', 'Yuan Cao', 'Yuanzhi Li'],
        year: 2021,
        starts: 'Adaptive gradient methods such as Adam have gained increasing popularity',
        ends: 'tied to the nonconvex landscape of deep learning optimization.',
        truncated: false,
      },
      {
        role: 'related',
        starts: 'It is widely believed that learning good representations',
        ends: 'at least in terms of subspace match.',
        truncated: false,
      },
    ]);
  });

  it('keeps interface lines, the stats line, header lines and the footer slug out of every record', () => {
    expectNoArabicChrome(parsed);
    const all = parsed.records.map((record) => record.text).join('\n');
    expect(all).not.toMatch(/mircosoft-partner|ChatGPT|102\s+0\s+0\.0|105 - Yixi|254 - Difan/u);
  });

  it('keeps split words and stripped LaTeX exactly as captured', () => {
    expect(parsed.records[1]?.text).toContain('at least $frac{1}{2}k^{k+1}-1$ total nodes');
    expect(parsed.records[3]?.text).toContain('recent theories that relat e them to shallow learners');
  });
});

describe('all five seeds', () => {
  it('hold 27 records', () => {
    const names = [
      '000_9dbf7397c9f611e8.txt',
      '001_8b0f8923c95d0f9f.txt',
      '002_5a15cb1a17bda28b.txt',
      '003_c604a56a4b3fcfef.txt',
      '004_ad664b81d537d098.txt',
    ];
    expect(names.map((name) => parseSeed(name).records.length).reduce((a, b) => a + b, 0)).toBe(27);
  });
});
