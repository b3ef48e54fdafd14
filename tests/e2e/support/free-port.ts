import { createServer } from 'node:net';

/**
 * A loopback port the system just handed out and that nothing holds now. Other test runs share this machine, so a
 * port chosen by the system beats a fixed one; the short gap before the caller binds it is the accepted risk.
 */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen({ port: 0, host: '127.0.0.1' }, () => {
      const address = probe.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      probe.close(() => (port > 0 ? resolve(port) : reject(new Error('The system gave no port.'))));
    });
  });
}
