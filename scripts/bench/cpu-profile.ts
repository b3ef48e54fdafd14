import { writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';

/**
 * With BENCH_CPU_PROFILE=file.cpuprofile, records a sampling CPU profile of `page` until `stop`
 * (open it in Chrome's DevTools, or rank it with `npx tsx scripts/bench/rank-profile.ts file`).
 * `suffix` tells apart the profiles of several modes run in one bench.
 */
export async function startProfiler(page: Page, suffix = ''): Promise<{ stop: () => Promise<void> }> {
  const file = process.env.BENCH_CPU_PROFILE;
  if (file === undefined || file === '') return { stop: () => Promise.resolve() };
  const session = await page.context().newCDPSession(page);
  await session.send('Profiler.enable');
  await session.send('Profiler.setSamplingInterval', { interval: 500 });
  await session.send('Profiler.start');
  return {
    stop: async () => {
      const { profile } = await session.send('Profiler.stop');
      writeFileSync(suffix === '' ? file : file.replace(/(\.cpuprofile)?$/, `-${suffix}$1`), JSON.stringify(profile));
    },
  };
}
