const ACTIVITY_EVENTS = ['scroll', 'wheel', 'pointerdown', 'keydown'] as const;

let lastActivity = 0;
let listening = false;

function noteActivity(): void {
  lastActivity = performance.now();
}

function listen(): void {
  if (listening) return;
  listening = true;
  lastActivity = performance.now();
  for (const type of ACTIVITY_EVENTS) document.addEventListener(type, noteActivity, { capture: true, passive: true });
}

/**
 * Resolves once the page has had no scrolling, pointer or key activity for `quietMs`, so background
 * work (building the title index) gives way to a list being scrolled or typed in.
 */
export function untilQuiet(quietMs: number): Promise<void> {
  listen();
  return new Promise((resolve) => {
    const check = (): void => {
      const quietFor = performance.now() - lastActivity;
      if (quietFor >= quietMs) resolve();
      else setTimeout(check, quietMs - quietFor);
    };
    check();
  });
}
