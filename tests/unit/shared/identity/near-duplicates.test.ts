import { describe, expect, it } from 'vitest';
import {
  findNearDuplicates,
  NEAR_TITLE_SIMILARITY,
  SURE_TITLE_SIMILARITY,
  type DuplicateCandidate,
} from '../../../../shared/identity/near-duplicates';
import { bigramProfile, diceOfProfiles } from '../../../../shared/identity/title-similarity';
import { normalizeTitle } from '../../../../shared/identity/title-key';

let nextId = 1;

function paper(fields: Partial<DuplicateCandidate> & { title: string | null }): DuplicateCandidate {
  return { id: nextId++, opening: '', year: null, authors: [], doi: null, arxiv: null, ...fields };
}

function similarity(a: string, b: string): number {
  return diceOfProfiles(bigramProfile(normalizeTitle(a)), bigramProfile(normalizeTitle(b)));
}

/** The pairs found, as [first title, second title] in id order. */
function foundTitles(library: readonly DuplicateCandidate[], notDuplicates?: Set<string>): [string, string][] {
  const byId = new Map(library.map((item) => [item.id, item.title ?? item.opening]));
  return findNearDuplicates(library, { notDuplicates }).map((pair) => [byId.get(pair.low) ?? '', byId.get(pair.high) ?? '']);
}

describe('title similarity (the thresholds)', () => {
  it('scores variants of one title at or above the sure threshold', () => {
    const variants: [string, string][] = [
      ['Attention Is All You Need', 'Attention is all you need.'],
      ['Deep Residual Learning for Image Recognition', 'Deep residual learning for image recogniton'],
      ['BERT: Pre-training of Deep Bidirectional Transformers', 'BERT: pretraining of deep bidirectional transformers'],
      ['A Theory of Learning from Different Domains', 'Theory of learning from different domains'],
      ['Learning $k$-sparse parities with SGD', 'Learning k-sparse parities with SGD'],
      ['Understanding deep learning requires rethinking generalization', 'Understanding deep learning requires re-thinking of generalization'],
    ];
    for (const [a, b] of variants) expect(similarity(a, b), `${a} / ${b}`).toBeGreaterThanOrEqual(SURE_TITLE_SIMILARITY);
  });

  it('scores spelling variants and a shortened title between the two thresholds', () => {
    const near: [string, string][] = [
      ['Optimization of neural network generalization behavior', 'Optimisation of neural network generalisation behaviour'],
      ['Energy Propagation in Deep Convolutional Neural Networks', 'Energy propagation in deep convolutional networks'],
    ];
    for (const [a, b] of near) {
      expect(similarity(a, b), `${a} / ${b}`).toBeGreaterThanOrEqual(NEAR_TITLE_SIMILARITY);
      expect(similarity(a, b), `${a} / ${b}`).toBeLessThan(SURE_TITLE_SIMILARITY);
    }
  });

  it('scores different papers with close titles below the near threshold, or below the sure one', () => {
    expect(similarity('Deep learning for image classification', 'Deep learning for text classification')).toBeLessThan(NEAR_TITLE_SIMILARITY);
    expect(similarity('Implicit regularization in deep matrix factorization', 'Implicit regularization in deep tensor factorization')).toBeLessThan(NEAR_TITLE_SIMILARITY);
    expect(similarity('Convolutional neural networks for sentence classification', 'Recurrent neural networks for sentence classification')).toBeLessThan(NEAR_TITLE_SIMILARITY);
    expect(similarity('Stochastic gradient descent escapes saddle points efficiently', 'Gradient descent escapes saddle points efficiently')).toBeLessThan(SURE_TITLE_SIMILARITY);
  });
});

describe('findNearDuplicates', () => {
  it('finds true near-duplicates in a hand-made library', () => {
    const library = [
      paper({ title: 'Attention Is All You Need', year: 2017, authors: ['Ashish Vaswani'] }),
      paper({ title: 'Generative adversarial nets', year: 2014, authors: ['Ian Goodfellow'] }),
      paper({ title: 'Attention is all you need.', year: 2017, authors: ['A. Vaswani', 'Noam Shazeer'] }),
      paper({ title: 'Optimization of neural network generalization behavior', year: 2019, authors: ['Ana Silva'] }),
      paper({ title: 'Deep residual learning for image recognition', year: 2016, authors: ['Kaiming He'] }),
      paper({ title: 'Optimisation of neural network generalisation behaviour', year: 2020, authors: ['Ana Silva', 'Jo Lee'] }),
      paper({ title: 'Deep Residual Learning for Image Recogniton', year: null, authors: [] }),
      paper({ title: 'Sharp minima can generalize for deep nets', year: 2017, authors: ['Laurent Dinh'] }),
      paper({ title: 'Sharp minima can generalize for deep nets', year: 2019, authors: ['Laurent Dinh'] }),
      paper({ title: 'Neural tangent kernel: convergence and generalization in neural networks', year: 2018, authors: ['Arthur Jacot'] }),
      paper({ title: 'Neural tangent kernel', year: 2018, authors: ['Jacot'] }),
      paper({ title: 'Wide neural networks of any depth evolve as linear models', year: 2019, authors: ['Jaehoon Lee'] }),
      paper({ title: 'Wide neural networks of any depth evolve as linear models under gradient descent', year: 2019, authors: ['Jaehoon Lee'] }),
    ];
    expect(foundTitles(library)).toEqual(
      expect.arrayContaining([
        ['Attention Is All You Need', 'Attention is all you need.'],
        ['Deep residual learning for image recognition', 'Deep Residual Learning for Image Recogniton'],
        ['Sharp minima can generalize for deep nets', 'Sharp minima can generalize for deep nets'],
        ['Optimization of neural network generalization behavior', 'Optimisation of neural network generalisation behaviour'],
        ['Wide neural networks of any depth evolve as linear models', 'Wide neural networks of any depth evolve as linear models under gradient descent'],
        ['Neural tangent kernel: convergence and generalization in neural networks', 'Neural tangent kernel'],
      ]),
    );
    expect(foundTitles(library)).toHaveLength(6);
  });

  it('needs three content words before a title with a subtitle added counts as the same title', () => {
    const library = [
      paper({ title: 'Deep networks: a survey of theory', authors: ['Ana Silva'] }),
      paper({ title: 'Deep networks', authors: ['Ana Silva'] }),
    ];
    expect(foundTitles(library)).toEqual([]);
  });

  it('says why: the same title (in different years), a similar one, or a title with a subtitle', () => {
    const library = [
      paper({ title: 'Sharp minima can generalize for deep nets', year: 2017 }),
      paper({ title: 'Sharp Minima Can Generalize For Deep Nets', year: 2019 }),
      paper({ title: 'Deep residual learning for image recognition' }),
      paper({ title: 'Deep residual learning for image recogniton' }),
      paper({ title: 'Wide neural networks of any depth evolve as linear models', authors: ['Jaehoon Lee'] }),
      paper({ title: 'Wide neural networks of any depth evolve as linear models under gradient descent', authors: ['Jaehoon Lee'] }),
    ];
    const reasons = findNearDuplicates(library).map((pair) => pair.reason);
    expect(reasons.sort()).toEqual(['same-title', 'similar-title', 'title-and-subtitle']);
  });

  it('never pairs generic titles such as "Introduction" or "Editorial", even with the same year', () => {
    const library = [
      paper({ title: 'Introduction', year: 2020, authors: ['Ann Author'] }),
      paper({ title: 'Introduction', year: 2020, authors: ['Bob Writer'] }),
      paper({ title: 'Editorial', year: 2021 }),
      paper({ title: 'Editorial.', year: 2021 }),
      paper({ title: 'Introduction to the special issue', year: 2019 }),
      paper({ title: 'Introduction to the Special Issue', year: 2019 }),
      paper({ title: 'Reply to the comments', year: 2018 }),
      paper({ title: 'Reply to comments', year: 2018 }),
      paper({ title: 'Book reviews' }),
      paper({ title: 'Book Reviews' }),
    ];
    expect(foundTitles(library)).toEqual([]);
  });

  it('never pairs a title shared by many records, which is a heading rather than a paper', () => {
    const library = Array.from({ length: 6 }, (_, at) => paper({ title: 'Discussion of the results of the survey', year: 2000 + at }));
    expect(foundTitles(library)).toEqual([]);
  });

  it('never pairs two different DOIs or arXiv ids, however alike the titles', () => {
    const library = [
      paper({ title: 'Attention is all you need', doi: '10.1000/a' }),
      paper({ title: 'Attention is all you need', doi: '10.1000/b' }),
      paper({ title: 'Deep residual learning for image recognition', arxiv: '1512.03385' }),
      paper({ title: 'Deep residual learning for image recognition', arxiv: '1512.99999' }),
    ];
    expect(foundTitles(library)).toEqual([]);
  });

  it('pairs a record with a DOI and one without', () => {
    const library = [paper({ title: 'Attention is all you need', doi: '10.1000/a' }), paper({ title: 'Attention is all you need' })];
    expect(foundTitles(library)).toHaveLength(1);
  });

  it('tells parts, editions and years in a title apart', () => {
    const library = [
      paper({ title: 'Statistical mechanics of learning, part I' }),
      paper({ title: 'Statistical mechanics of learning, part II' }),
      paper({ title: 'Findings of the 2019 conference on machine translation' }),
      paper({ title: 'Findings of the 2020 conference on machine translation' }),
    ];
    expect(foundTitles(library)).toEqual([]);
  });

  it('does not pair records whose author lists share no name, or whose years are far apart', () => {
    const library = [
      paper({ title: 'Deep learning theory and practice', authors: ['Yann LeCun'] }),
      paper({ title: 'Deep learning theory and practice', authors: ['Ian Goodfellow'] }),
      paper({ title: 'A survey of methods for neural network pruning', year: 1995 }),
      paper({ title: 'A survey of methods for neural network pruning', year: 2021 }),
    ];
    expect(foundTitles(library)).toEqual([]);
  });

  it('does not pair similar titles of different papers by the same authors', () => {
    const library = [
      paper({ title: 'Deep learning for image classification', authors: ['Ana Silva'] }),
      paper({ title: 'Deep learning for text classification', authors: ['Ana Silva'] }),
      paper({ title: 'Implicit regularization in deep matrix factorization', authors: ['Sanjeev Arora'] }),
      paper({ title: 'Implicit regularization in deep tensor factorization', authors: ['Sanjeev Arora'] }),
    ];
    expect(foundTitles(library)).toEqual([]);
  });

  it('needs a shared author for titles that are only close', () => {
    const a = paper({ title: 'Energy Propagation in Deep Convolutional Neural Networks' });
    const b = paper({ title: 'Energy propagation in deep convolutional networks' });
    expect(foundTitles([a, b])).toEqual([]);
    expect(foundTitles([{ ...a, authors: ['Thomas Wiatowski'] }, { ...b, authors: ['T. Wiatowski'] }])).toHaveLength(1);
  });

  it('leaves out pairs marked Not duplicates', () => {
    const a = paper({ title: 'Attention Is All You Need' });
    const b = paper({ title: 'Attention is all you need.' });
    expect(foundTitles([a, b], new Set([`${a.id}:${b.id}`]))).toEqual([]);
  });

  it('compares abstracts without a title only by long, nearly identical openings, and never with titled ones', () => {
    const opening = 'we study how gradient descent on wide two layer networks selects among the many global minima of the training loss';
    const library = [
      paper({ title: null, opening }),
      paper({ title: null, opening: `${opening}.` }),
      paper({ title: null, opening: 'in this paper we propose a novel method' }),
      paper({ title: null, opening: 'in this paper we propose a novel method' }),
      paper({ title: opening }),
    ];
    expect(findNearDuplicates(library).map((pair) => pair.reason)).toEqual(['same-opening']);
    expect(foundTitles(library)).toEqual([[opening, `${opening}.`]]);
  });

  it('finds a pair whose titles differ in the first word, through the reversed order', () => {
    const fillers = Array.from({ length: 40 }, (_, at) => paper({ title: `Learning ${String.fromCharCode(97 + (at % 26))}${at} sparse models of things` }));
    const library = [
      paper({ title: 'Xearning the structure of sparse causal graphs' }),
      ...fillers,
      paper({ title: 'Learning the structure of sparse causal graphs' }),
    ];
    expect(foundTitles(library)).toEqual([['Xearning the structure of sparse causal graphs', 'Learning the structure of sparse causal graphs']]);
  });
});
