import { prefetchFirstRows } from './first-rows';

// Imported first by main.tsx: the read starts while the rest of the bundle is still evaluating.
void prefetchFirstRows();
