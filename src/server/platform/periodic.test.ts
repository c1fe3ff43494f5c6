import { afterEach, describe, expect, it, vi } from "vitest";
import { repeatEvery } from "./periodic";

afterEach(() => vi.useRealTimers());

describe("repeatEvery", () => {
  it("runs first after the delay, then at each interval, and a failure does not stop it", async () => {
    vi.useFakeTimers();
    const errors: unknown[] = [];
    let runs = 0;
    const stop = repeatEvery(
      1000,
      async () => {
        runs++;
        if (runs === 2) throw new Error("mail server down");
      },
      (e) => errors.push(e),
      100,
    );
    await vi.advanceTimersByTimeAsync(99);
    expect(runs).toBe(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(runs).toBe(1);
    await vi.advanceTimersByTimeAsync(2000);
    expect(runs).toBe(3);
    expect(errors).toEqual([new Error("mail server down")]);
    stop();
    await vi.advanceTimersByTimeAsync(5000);
    expect(runs).toBe(3);
  });

  it("skips a beat rather than running twice at once", async () => {
    vi.useFakeTimers();
    let started = 0;
    const stop = repeatEvery(
      10,
      () => {
        started++;
        return new Promise((resolve) => setTimeout(resolve, 35));
      },
      () => {},
      0,
    );
    // The first run lasts 35 ms: the ticks at 10, 20 and 30 ms find it busy; the one at 40 starts the next.
    await vi.advanceTimersByTimeAsync(39);
    expect(started).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(started).toBe(2);
    stop();
  });
});
