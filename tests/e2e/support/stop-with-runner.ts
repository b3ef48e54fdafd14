import type { ChildProcess } from 'node:child_process';

/**
 * Stops a child process if the test runner exits while it still runs (a crash, or Ctrl+C between hooks), so no
 * server outlives the run. The normal path stops children in afterAll; this is the fallback. SIGTERM, not SIGKILL:
 * a wrapper such as tsx's passes SIGTERM on to what it runs, while a killed wrapper would leave its child behind.
 */
export function stopWithRunner(child: ChildProcess): void {
  const kill = (): void => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
  };
  process.once('exit', kill);
  child.once('exit', () => process.off('exit', kill));
}
