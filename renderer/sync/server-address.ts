/**
 * The sync server's address as the user types it. Plain ws:// is accepted only for this computer (the library
 * token is a bearer secret and must not cross a network in clear); any other host needs wss:// behind a TLS proxy.
 * The Content-Security-Policy allows exactly these shapes (shared/security/content-security-policy.ts).
 */
export interface SyncServerAddress {
  /** Normalised, without a trailing slash: what the websocket connects to. */
  websocketUrl: string;
  /** The same server over HTTP(S), where the blob endpoints live. */
  httpUrl: string;
}

export type ParsedServerAddress = { ok: true; address: SyncServerAddress } | { ok: false; problem: string };

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost']);

export function parseServerAddress(input: string): ParsedServerAddress {
  const text = input.trim();
  if (text === '')
    return { ok: false, problem: 'Enter the server address, for example ws://127.0.0.1:4444.' };
  if (!text.includes('://') && !/\s/.test(text)) {
    return {
      ok: false,
      problem: `The server address starts with ws:// or wss://, for example ws://${text}.`,
    };
  }
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { ok: false, problem: `"${text}" is not an address. Write it like ws://127.0.0.1:4444.` };
  }
  if (url.protocol !== 'ws:' && url.protocol !== 'wss:') {
    return { ok: false, problem: 'The server address starts with ws:// or wss://.' };
  }
  if (url.protocol === 'ws:' && !LOOPBACK_HOSTS.has(url.hostname)) {
    return {
      ok: false,
      problem: 'Use wss:// (a TLS proxy) for a server on another computer; ws:// is only for this one.',
    };
  }
  if (url.username !== '' || url.password !== '' || url.search !== '' || url.hash !== '') {
    return { ok: false, problem: 'The server address has no user name, password, query or #fragment.' };
  }
  const path = url.pathname.replace(/\/+$/, '');
  const websocketUrl = `${url.protocol}//${url.host}${path}`;
  const httpUrl = `${url.protocol === 'wss:' ? 'https:' : 'http:'}//${url.host}${path}`;
  return { ok: true, address: { websocketUrl, httpUrl } };
}
