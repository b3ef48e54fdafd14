import { webAppConfig } from './tests/e2e/support/web-app-config';

/**
 * `npm run screenshots`: drives the web build to refresh the README's images in docs/screenshots/.
 * Each spec walks through several screens, so it gets more time than an e2e test.
 */
export default webAppConfig({ name: 'screenshots', testDir: 'tests/screenshots', timeout: 120_000 });
