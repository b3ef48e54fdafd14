import { webAppConfig } from './tests/e2e/support/web-app-config';

/** `npm run screenshots`: drives the web build to refresh the README's images in docs/screenshots/. */
export default webAppConfig({ name: 'screenshots', testDir: 'tests/screenshots' });
