import { describe, expect, it } from "vitest";
import { formatBadgeCode } from "../../../../engines/badge-token";
import { badge, bundleOf, FORUM_ID, tokenOf } from "./check-in.test-support";
import { createCheckInDesk } from "./desk";
import { createMemoryStore } from "./store";

async function deskWith(badges = [badge()]) {
  const store = createMemoryStore();
  let ids = 0;
  const desk = createCheckInDesk({
    forumId: FORUM_ID,
    store,
    deviceId: "gate-1",
    now: () => new Date("2031-07-09T05:00:00.000Z"),
    newId: () => `scan-${++ids}`,
  });
  await desk.saveBundle(bundleOf(badges));
  return { store, desk, badges };
}

describe("the check-in desk", () => {
  it("queues every scan it judged, and lets a badge in only once on this device", async () => {
    const { store, desk, badges } = await deskWith();
    const first = await desk.scan(formatBadgeCode(badges[0].code));
    expect(first.verdict?.outcome).toBe("accepted");
    expect(first.record).toMatchObject({ scanId: "scan-1", code: badges[0].code, synced: false, person: { fullName: "Aziz Karimov" } });
    const again = await desk.scan(tokenOf(badges[0].code));
    expect(again.verdict).toMatchObject({ outcome: "repeat", firstCheckedInAt: "2031-07-09T05:00:00.000Z" });
    expect(await store.pendingScans(FORUM_ID, 10)).toEqual([
      { scanId: "scan-1", forumId: FORUM_ID, code: badges[0].code, scannedAt: "2031-07-09T05:00:00.000Z", deviceId: "gate-1" },
      { scanId: "scan-2", forumId: FORUM_ID, token: tokenOf(badges[0].code), scannedAt: "2031-07-09T05:00:00.000Z", deviceId: "gate-1" },
    ]);
  });

  it("refuses forged tokens offline, records nothing for unreadable text, and scans nothing before a badge list exists", async () => {
    const { store, desk } = await deskWith();
    expect((await desk.scan("HK1.0000000000.forgedforgedforgedforged")).verdict?.outcome).toBe("forged");
    expect(await desk.scan("hello")).toEqual({ verdict: null, record: null });
    expect(await store.countPending(FORUM_ID)).toBe(1);
    const empty = createCheckInDesk({ forumId: "forum-2", store: createMemoryStore(), deviceId: "gate-1" });
    expect(await empty.load()).toBeUndefined();
    expect((await empty.scan("0000000000")).verdict).toBeNull();
  });

  it("remembers its arrivals across a reload", async () => {
    const { store, desk, badges } = await deskWith();
    await desk.scan(badges[0].code);
    const reloaded = createCheckInDesk({ forumId: FORUM_ID, store, deviceId: "gate-1" });
    await reloaded.load();
    expect((await reloaded.scan(badges[0].code)).verdict?.outcome).toBe("repeat");
  });
});
