/**
 * Runs a task once soon after start and then every `everyMs`, never two runs at once. A failed run
 * is reported and the next one goes ahead as planned. The timer does not keep the process alive.
 * Returns a function that stops it.
 */
export function repeatEvery(everyMs: number, task: () => Promise<unknown>, onError: (error: unknown) => void, firstAfterMs = 60_000): () => void {
  let running = false;
  let timer: NodeJS.Timeout;
  const run = async () => {
    if (running) return;
    running = true;
    try {
      await task();
    } catch (error) {
      onError(error);
    } finally {
      running = false;
    }
  };
  const first = setTimeout(() => {
    void run();
    timer = setInterval(() => void run(), everyMs);
    timer.unref();
  }, firstAfterMs);
  first.unref();
  return () => {
    clearTimeout(first);
    clearInterval(timer);
  };
}
