/**
 * Time in tests. Speed is measured by the benchmark (npm run bench), never asserted here: the only bounds are
 * generous ones, so that a loaded machine makes a test slower, never red.
 */

/** How long a test waits for something a command is expected to print or write before it fails naming it. */
export const WAIT_MS = 30_000;

/**
 * The bound proving that a hostile input (an alias bomb, a file of nothing but keys, deep nesting) is answered rather
 * than hanging the tool: the real cost is milliseconds to a second or two, the failure it guards against is minutes.
 */
export const NO_HANG_MS = 20_000;

/** Run `fn` and say how long it took. */
export function timed<T>(fn: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = fn();
  return { value, ms: performance.now() - start };
}

/** The same for an asynchronous `fn`. */
export async function timedAsync<T>(fn: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const start = performance.now();
  const value = await fn();
  return { value, ms: performance.now() - start };
}
