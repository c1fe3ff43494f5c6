import { afterAll, beforeAll, expect, it } from "vitest";
import { addParticipant, type Company, type MatchmakingForum, setUpMatchmaking } from "../../../testing/matchmaking-fixtures";
import { createTestApp, type TestApp } from "../../../testing/test-app";

let t: TestApp;
let forum: MatchmakingForum;
let star: Company; // the exhibitor everyone wants to meet: at most 5 requests
let askers: Company[];

const CAP = 5;
const ASKERS = 20;

beforeAll(async () => {
  t = await createTestApp();
  forum = await setUpMatchmaking(t, { settings: { receiveCaps: { exhibitor: CAP } } });
  star = await addParticipant(t, forum, "Popular Exhibitor", "exhibitor", { boothId: forum.booths[0].id });
  askers = [];
  for (let i = 0; i < ASKERS; i++) askers.push(await addParticipant(t, forum, `Buyer ${i + 1}`, "buyer"));
});
afterAll(() => t.close());

const ask = (from: Company, to: Company) =>
  t.app.inject({
    method: "POST",
    url: "/api/v1/meeting-requests",
    headers: { cookie: from.cookie },
    payload: { forumId: forum.forumId, fromOrganizationId: from.organizationId, toOrganizationId: to.organizationId, message: "Let us meet" },
  });

it("lets exactly the cap through when 20 buyers ask the same exhibitor at once", async () => {
  const responses = await Promise.all(askers.map((asker) => ask(asker, star)));
  const created = responses.filter((r) => r.statusCode === 201);
  const refused = responses.filter((r) => r.statusCode !== 201);
  expect(created).toHaveLength(CAP);
  expect(refused.map((r) => [r.statusCode, r.json().code])).toEqual(Array(ASKERS - CAP).fill([409, "cap_reached"]));
  const stored = await t.app.inject({
    url: `/api/v1/forums/${forum.forumId}/meeting-requests?organization=${star.organizationId}&box=incoming`,
    headers: { cookie: star.cookie },
  });
  expect(stored.json()).toMatchObject({ total: CAP });
  expect(stored.json().items.every((r: { status: string }) => r.status === "pending")).toBe(true);
});

it("marks both requests mutual when two companies ask each other at the same moment", async () => {
  const [a, b] = askers;
  const [one, two] = await Promise.all([ask(a, b), ask(b, a)]);
  expect([one.statusCode, two.statusCode]).toEqual([201, 201]);
  const listed = await t.app.inject({
    url: `/api/v1/forums/${forum.forumId}/meeting-requests?organization=${a.organizationId}`,
    headers: { cookie: a.cookie },
  });
  const between = listed.json().items.filter((r: { to: { organizationId: string } }) => r.to.organizationId !== star.organizationId);
  expect(between.map((r: { mutual: boolean }) => r.mutual)).toEqual([true, true]);
});

it("creates one live request when the same company asks twice at once", async () => {
  const [, , c, d] = askers;
  const responses = await Promise.all([ask(c, d), ask(c, d), ask(c, d)]);
  expect(responses.map((r) => r.statusCode).sort()).toEqual([201, 409, 409]);
  expect(responses.filter((r) => r.statusCode === 409).map((r) => r.json().code)).toEqual(["already_requested", "already_requested"]);
});
