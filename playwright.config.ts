import { webAppConfig } from './tests/e2e/support/web-app-config';

/** End-to-end tests of the web build. They never write to the repository: the README screenshots have their own config. */
export default webAppConfig({ name: 'e2e', testDir: 'tests/e2e' });
