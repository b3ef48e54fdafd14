import { describe, expect, it } from 'vitest';
import { splitTitleBy } from '../../../../shared/capture/names';
import { parseCaptureText } from '../../../../shared/capture/parse';
import { expectRecords } from './expect-record';
import { parseFixture } from './read-fixture';

describe('blog posts beyond the seeds', () => {
  it('reads a post with no quote, titles containing " by ", literal markup kept as text, and another footer', () => {
    const parsed = parseFixture('blog-no-quote.txt');
    expect(parsed.layout).toBe('blog');
    expectRecords(parsed, [
      {
        role: 'main',
        title: 'Learning to Learn by Gradient Descent by Gradient Descent',
        authors: ['Marcin Andrychowicz', 'Misha Denil', 'Sergio Gómez Colmenarejo'],
        starts: 'The move from hand-designed features to learned features',
        ends: 'and that javascript:alert(2) links are inert',
        truncated: false,
      },
      {
        role: 'related',
        title: 'Adversarial Examples Are Not Bugs',
        authors: [
          'Andrew Ilyas',
          'Shibani Santurkar',
          'Dimitris Tsipras',
          'Logan Engstrom',
          'Brandon Tran',
          'Aleksander Madry',
        ],
        starts: 'Adversarial examples have attracted significant attention',
        ends: 'incomprehensible to humans.\nCode: this https URL',
        truncated: false,
      },
    ]);
    expect(parsed.records[0]?.text).toContain(
      'A demo page warns that <script>alert(1)</script> must never run',
    );
    const all = parsed.records.map((record) => record.text).join('\n');
    expect(all).not.toMatch(/Enjoyed this post|Labels:|comments:|Newer Post/u);
  });

  it('attaches a quote spanning two lines to the titled abstract after it', () => {
    const parsed = parseCaptureText(
      [
        '"Depth helps, but only when the data has structure that depth can exploit.',
        'Otherwise width is all you need."',
        'On the Benefit of Depth by Ann Lee, Bo Chen',
        'We compare deep and shallow networks of equal size on hierarchical and flat data, and find that depth helps only on the former.',
      ].join('\n'),
    );
    expectRecords(parsed, [
      {
        role: 'main',
        title: 'On the Benefit of Depth',
        authors: ['Ann Lee', 'Bo Chen'],
        starts: 'We compare deep and shallow networks',
        ends: 'depth helps only on the former.',
        truncated: false,
        quote:
          'Depth helps, but only when the data has structure that depth can exploit.\nOtherwise width is all you need.',
      },
    ]);
  });

  it('drops a preview line that repeats the start of the next paragraph, here the quote', () => {
    const quote =
      'Winning tickets are found late in training, not at the start, and only when the learning rate is large enough.';
    const abstract =
      'We show that pruning at initialization fails to find winning tickets in large networks, and explain why with a simple model of gradient flow.';
    const parsed = parseCaptureText(
      [`${quote.slice(0, 70)}...`, `"${quote}"`, abstract, 'Post a Comment'].join('\n'),
    );
    expect(parsed.layout).toBe('blog');
    expect(parsed.records.map((record) => record.text)).toEqual([abstract]);
    expect(parsed.records[0]?.quote).toBe(quote);
  });

  it('splits abstracts at a title line whose byline it cannot read, and reads "et al." bylines', () => {
    const first =
      'We study the expressive power of graph neural networks and show that they are at most as powerful as the Weisfeiler-Leman test.';
    const second =
      'We propose a simple architecture that is provably as powerful as the Weisfeiler-Leman test and matches the state of the art.';
    const third =
      'We show that random node features make graph neural networks universal approximators of functions on graphs.';
    const parsed = parseCaptureText(
      [
        'On the Power of GNNs by K. Xu et al.',
        first,
        'How Powerful are Graph Neural Networks? (ICLR 2019)',
        second,
        'Random Features Strengthen GNNs',
        third,
      ].join('\n'),
    );
    expect(parsed.layout).toBe('blog');
    expect(parsed.records.map((record) => [record.title, record.authors, record.text])).toEqual([
      ['On the Power of GNNs', ['K. Xu'], first],
      ['How Powerful are Graph Neural Networks? (ICLR 2019)', [], second],
      ['Random Features Strengthen GNNs', [], third],
    ]);
  });

  it('warns about a title with no abstract under it', () => {
    const parsed = parseCaptureText('A Lonely Title by Ann Lee\nNo comments:');
    expect(parsed.records).toEqual([]);
    expect(parsed.warnings).toEqual([
      '“A Lonely Title” has no abstract below it and was skipped.',
      'No abstract was found in this blog post.',
    ]);
  });
});

describe('splitTitleBy', () => {
  it('splits at the last " by " followed by personal names', () => {
    expect(
      splitTitleBy(
        'Energy Propagation in Deep Convolutional Neural Networks by Thomas Wiatowski, Philipp Grohs, Helmut Bölcskei',
      ),
    ).toEqual({
      title: 'Energy Propagation in Deep Convolutional Neural Networks',
      authors: ['Thomas Wiatowski', 'Philipp Grohs', 'Helmut Bölcskei'],
    });
    expect(
      splitTitleBy(
        'Exploring loss function topology with cyclical learning rates by Leslie N. Smith, Nicholay Topin',
      )?.authors,
    ).toEqual(['Leslie N. Smith', 'Nicholay Topin']);
    expect(splitTitleBy("Deep Learning by Example by Jean-Luc van der Berg and Mary O'Neil")).toEqual({
      title: 'Deep Learning by Example',
      authors: ['Jean-Luc van der Berg', "Mary O'Neil"],
    });
  });

  it('does not read sentences or lower-case remainders as a byline', () => {
    expect(splitTitleBy('We train networks by gradient descent')).toBeNull();
    expect(splitTitleBy('We study networks trained by Gradient Descent.')).toBeNull();
    expect(splitTitleBy('This is shown. It was proposed by Ann Lee')).toBeNull();
    expect(splitTitleBy('Posted by Igor Carron at 7:05 AM')).toBeNull();
  });
});
