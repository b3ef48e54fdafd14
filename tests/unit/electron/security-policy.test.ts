import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  APP_ENTRY_URL,
  contentSecurityPolicy,
  externalLinkDecision,
  isAppUrl,
} from '../../../electron/security-policy';
import { SYNC_CONNECT_SOURCES } from '../../../shared/security/content-security-policy';

function directives(csp: string): Map<string, string> {
  return new Map(
    csp.split(';').map((part) => {
      const [name = '', ...values] = part.trim().split(/\s+/);
      return [name, values.join(' ')];
    }),
  );
}

describe('contentSecurityPolicy', () => {
  const csp = directives(contentSecurityPolicy());

  it("allows only the app's own origin for scripts and everything by default", () => {
    expect(csp.get('default-src')).toBe("'self'");
    expect(csp.get('script-src')).toBe("'self'");
  });

  it('lets connections reach only the app and a sync server: plain on this computer, TLS elsewhere', () => {
    expect(csp.get('connect-src')).toBe(
      "'self' ws://127.0.0.1:* ws://localhost:* http://127.0.0.1:* http://localhost:* wss: https:",
    );
    const sources = csp.get('connect-src')?.split(' ') ?? [];
    expect(sources).not.toContain('ws:');
    expect(sources).not.toContain('http:');
    expect(sources).not.toContain('*');
  });

  it("matches the page's own meta policy for connections, which would otherwise block sync", () => {
    const html = readFileSync(join(import.meta.dirname, '../../../renderer/index.html'), 'utf8');
    const meta = /content="([^"]*connect-src[^"]*)"/.exec(html)?.[1] ?? '';
    expect(directives(meta).get('connect-src')).toBe(csp.get('connect-src'));
  });

  it('allows what KaTeX, images, fonts and workers need, and nothing else', () => {
    expect(csp.get('style-src')).toBe("'self' 'unsafe-inline'");
    expect(csp.get('img-src')).toBe("'self' data:");
    expect(csp.get('font-src')).toBe("'self' data:");
    expect(csp.get('worker-src')).toBe("'self' blob:");
    expect(csp.get('object-src')).toBe("'none'");
    expect(csp.get('frame-src')).toBe("'none'");
    expect(csp.get('frame-ancestors')).toBe("'none'");
    expect(csp.get('form-action')).toBe("'none'");
  });

  it('never allows eval, remote hosts or wildcards in the packaged app, beyond the sync connections', () => {
    for (const [name, value] of csp) {
      if (name === 'connect-src') continue;
      expect(`${name} ${value}`).not.toMatch(/unsafe-eval|\*|https?:|wss?:/);
    }
    expect(csp.get('script-src')).not.toContain('unsafe-inline');
  });

  it("relaxes only what the dev server's refresh preamble and HMR socket need", () => {
    const dev = directives(contentSecurityPolicy({ dev: true, devServerUrl: 'http://localhost:5173/' }));
    expect(dev.get('script-src')).toBe("'self' 'unsafe-inline'");
    expect(dev.get('connect-src')).toBe(`'self' ws://localhost:5173 ${SYNC_CONNECT_SOURCES}`);
    expect(dev.get('default-src')).toBe("'self'");
  });
});

describe('isAppUrl (navigation and IPC sender allow-list)', () => {
  it("accepts the app's own pages", () => {
    expect(isAppUrl('app://lectern/index.html', APP_ENTRY_URL)).toBe(true);
    expect(isAppUrl('app://lectern/index.html#/abstract/3', APP_ENTRY_URL)).toBe(true);
    expect(isAppUrl('app://lectern/', APP_ENTRY_URL)).toBe(true);
    expect(isAppUrl('http://localhost:5173/src/x', 'http://localhost:5173/')).toBe(true);
  });

  it('refuses every other origin, scheme or port, and junk', () => {
    for (const url of [
      'app://lectern.evil/index.html',
      'app://other/index.html',
      'https://lectern/index.html',
      'file:///work/main/out/renderer/index.html',
      'javascript:alert(1)',
      'app://user@lectern/index.html',
      'http://localhost:5174/',
      'about:blank',
      '',
    ]) {
      expect(
        isAppUrl(url, url.startsWith('http://localhost') ? 'http://localhost:5173/' : APP_ENTRY_URL),
        url,
      ).toBe(false);
    }
  });
});

describe('externalLinkDecision (window.open and target=_blank)', () => {
  it('hands http(s) links to the system browser and ignores every other scheme', () => {
    expect(externalLinkDecision('https://doi.org/10.1000/xyz')).toBe('open-in-browser');
    expect(externalLinkDecision('http://example.org/')).toBe('open-in-browser');
    for (const url of [
      'javascript:void(0)',
      'file:///etc/passwd',
      'mailto:a@b.c',
      'app://lectern/index.html',
      'vbscript:x',
      'about:blank',
    ]) {
      expect(externalLinkDecision(url), url).toBe('ignore');
    }
  });
});
