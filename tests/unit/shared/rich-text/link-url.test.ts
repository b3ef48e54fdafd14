import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isAllowedLinkUrl } from '../../../../shared/rich-text/link-url';
import { disguisedUrl, UNSAFE_SCHEMES } from './link-arbitraries';

describe('the link URL policy', () => {
  it('keeps web and mail links', () => {
    for (const url of ['https://example.org/p', 'http://example.org', 'HTTPS://Example.org/A?b#c', ' https://example.org ', 'mailto:someone@example.org']) {
      expect(isAllowedLinkUrl(url), url).toBe(true);
    }
  });

  it('drops script, data, file and other schemes, and URLs with no scheme', () => {
    const refused = [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      ' javascript:alert(1)',
      'java\tscript:alert(1)',
      'java\nscript:alert(1)',
      '\u0001javascript:alert(1)',
      'java\u0000script:alert(1)',
      'vbscript:msgbox(1)',
      'data:text/html,<script>alert(1)</script>',
      'file:///etc/passwd',
      'blob:https://example.org/1',
      'about:blank',
      'tel:123',
      'chrome://settings',
      '/relative/path',
      '//example.org/no-scheme',
      '#top',
      'example.org',
      '',
    ];
    for (const url of refused) expect(isAllowedLinkUrl(url), JSON.stringify(url)).toBe(false);
  });

  it('never lets a disallowed scheme through, however it is disguised', () => {
    fc.assert(
      fc.property(disguisedUrl(UNSAFE_SCHEMES), (url) => {
        expect(isAllowedLinkUrl(url)).toBe(false);
      }),
      { numRuns: 2_000 },
    );
  });
});
