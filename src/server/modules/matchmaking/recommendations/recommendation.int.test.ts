import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  addCompany,
  addMember,
  addParticipant,
  type Company,
  type MatchmakingForum,
  requestMeeting,
  setUpMatchmaking,
} from "../../../testing/matchmaking-fixtures";
import { createTestApp, type TestApp } from "../../../testing/test-app";

let t: TestApp;
let forum: MatchmakingForum;
let cotton: Company; // Tajik exhibitor offering raw cotton
let yarn: Company; // Tatarstan spinner that needs cotton fibre
let honey: Company; // Kyrgyz honey producer: nothing in common, at first
let cottonProfileId: string;

type Item = { participant: { organizationId: string }; score: number; reasons: { kind: string }[]; profiles: { id: string }[]; requestStatus: string | null };

const post = (cookie: string, url: string, payload: Record<string, unknown>) => t.app.inject({ method: "POST", url, headers: { cookie }, payload });

beforeAll(async () => {
  t = await createTestApp();
  forum = await setUpMatchmaking(t, { settings: { crossBorderWeight: 1 } });
  cotton = await addParticipant(t, forum, "Vakhsh Cotton", "exhibitor", {
    boothId: forum.booths[0].id,
    sectors: ["textiles"],
    languages: ["ru", "tg"],
  });
  yarn = await addParticipant(t, forum, "Kazan Yarn", "buyer", { country: "RU", region: "RU-TA", sectors: ["textiles"], languages: ["ru", "tt"] });
  honey = await addParticipant(t, forum, "Issyk-Kul Honey", "buyer", { country: "KG", languages: ["ky"] });
  const offer = await post(cotton.cookie, `/api/v1/organizations/${cotton.organizationId}/profiles`, {
    kind: "offer",
    title: { en: "Raw cotton fibre" },
    hsCodes: ["520100"],
    targetMarkets: ["RU"],
  });
  cottonProfileId = offer.json().id;
  await post(yarn.cookie, `/api/v1/organizations/${yarn.organizationId}/profiles`, {
    kind: "request",
    title: { en: "Cotton fibre wanted" },
    hsCodes: ["5201"],
  });
  await post(yarn.cookie, `/api/v1/organizations/${yarn.organizationId}/products`, { name: { en: "Cotton yarn" }, hsCode: "520511" });
  await post(honey.cookie, `/api/v1/organizations/${honey.organizationId}/products`, { name: { en: "Mountain honey" }, hsCode: "040900" });
});
afterAll(() => t.close());

const recommendations = async (cookie: string, organization: Company, query = "") => {
  const response = await t.app.inject({
    url: `/api/v1/forums/${forum.forumId}/recommendations?organization=${organization.organizationId}${query}`,
    headers: { cookie },
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json().items as Item[];
};
const idsOf = (items: Item[]) => items.map((i) => i.participant.organizationId);
const dismissal = (method: "POST" | "DELETE", cookie: string, payload: Record<string, unknown>) =>
  t.app.inject({ method, url: `/api/v1/forums/${forum.forumId}/recommendations/dismissals`, headers: { cookie }, payload });

describe("recommendations", () => {
  it("suggests the cotton supplier to the spinner, with the reasons and the profiles behind them", async () => {
    const items = await recommendations(yarn.cookie, yarn);
    expect(idsOf(items)[0]).toBe(cotton.organizationId);
    expect(idsOf(items)).not.toContain(honey.organizationId);
    const [best] = items;
    expect(best.participant).toMatchObject({ category: "exhibitor", booth: { number: "A-01" } });
    expect(best.score).toBeGreaterThan(0);
    expect(best.reasons).toContainEqual({ kind: "hs-match", level: "heading", direction: "they-supply", theirCode: "520100", yourCode: "5201" });
    expect(best.reasons).toContainEqual({ kind: "cross-border", theirCountry: "TJ" });
    expect(best.reasons).toContainEqual({ kind: "target-market", direction: "they-target-you", market: "RU" });
    expect(best.profiles.map((p) => p.id)).toEqual([cottonProfileId]);
    expect(best.requestStatus).toBeNull();
    // And the other way round: the spinner is a buyer for the supplier.
    expect(idsOf(await recommendations(cotton.cookie, cotton))[0]).toBe(yarn.organizationId);
  });

  it("shows the request status between the two organisations", async () => {
    await requestMeeting(t, forum.forumId, yarn, cotton);
    expect((await recommendations(yarn.cookie, yarn))[0].requestStatus).toBe("pending");
    expect((await recommendations(cotton.cookie, cotton))[0].requestStatus).toBe("pending");
  });

  it("sees new profiles and products at once: the cached index is rebuilt when the forum's data changes", async () => {
    await post(honey.cookie, `/api/v1/organizations/${honey.organizationId}/profiles`, { kind: "request", title: { en: "Yarn for felt" }, hsCodes: ["5205"] });
    const afterProfile = await recommendations(yarn.cookie, yarn);
    expect(idsOf(afterProfile)).toContain(honey.organizationId);
    expect(afterProfile.find((i) => i.participant.organizationId === honey.organizationId)?.reasons).toContainEqual(
      expect.objectContaining({ kind: "hs-match", direction: "you-supply" }),
    );
    const newcomer = await addParticipant(t, forum, "Bishkek Spinning", "buyer", { country: "KG" });
    await post(newcomer.cookie, `/api/v1/organizations/${newcomer.organizationId}/products`, { name: { en: "Cotton yarn" }, hsCode: "520512" });
    expect(idsOf(await recommendations(cotton.cookie, cotton))).toContain(newcomer.organizationId);
  });

  it("leaves out expired profiles", async () => {
    const stale = await addParticipant(t, forum, "Stale Silk", "buyer", { country: "UZ" });
    await post(stale.cookie, `/api/v1/organizations/${stale.organizationId}/profiles`, {
      kind: "request",
      title: { en: "Raw silk" },
      hsCodes: ["500200"],
      validUntil: "2020-01-01",
    });
    const silk = await addParticipant(t, forum, "Silk Exporter", "buyer", { country: "TJ" });
    await post(silk.cookie, `/api/v1/organizations/${silk.organizationId}/products`, { name: { en: "Raw silk" }, hsCode: "500200" });
    expect(idsOf(await recommendations(silk.cookie, silk))).not.toContain(stale.organizationId);
  });

  it("drops a dismissed counterpart for the user who dismissed it, until restored", async () => {
    const colleague = await addMember(t, yarn, "buyer2@kazan-yarn.example", "member");
    const payload = { organizationId: yarn.organizationId, dismissedOrganizationId: cotton.organizationId };
    expect((await dismissal("POST", yarn.cookie, payload)).statusCode).toBe(204);
    expect((await dismissal("POST", yarn.cookie, payload)).statusCode).toBe(204);
    expect(idsOf(await recommendations(yarn.cookie, yarn))).not.toContain(cotton.organizationId);
    expect(idsOf(await recommendations(colleague, yarn))[0]).toBe(cotton.organizationId);
    expect((await dismissal("DELETE", yarn.cookie, payload)).statusCode).toBe(204);
    expect(idsOf(await recommendations(yarn.cookie, yarn))[0]).toBe(cotton.organizationId);
  });

  it("refuses dismissals that name no counterpart, and dismissals for another company", async () => {
    const self = await dismissal("POST", yarn.cookie, { organizationId: yarn.organizationId, dismissedOrganizationId: yarn.organizationId });
    expect([self.statusCode, self.json().errors[0].field]).toEqual([400, "dismissedOrganizationId"]);
    const outsider = await addCompany(t, "Not Participating");
    const absent = await dismissal("POST", yarn.cookie, { organizationId: yarn.organizationId, dismissedOrganizationId: outsider.organizationId });
    expect([absent.statusCode, absent.json().errors[0].field]).toEqual([400, "dismissedOrganizationId"]);
    const foreign = await dismissal("POST", honey.cookie, { organizationId: yarn.organizationId, dismissedOrganizationId: cotton.organizationId });
    expect(foreign.statusCode).toBe(403);
    expect(idsOf(await recommendations(yarn.cookie, yarn))[0]).toBe(cotton.organizationId);
  });

  it("shows an organisation's recommendations to its members and the organisers only", async () => {
    const foreign = await t.app.inject({
      url: `/api/v1/forums/${forum.forumId}/recommendations?organization=${yarn.organizationId}`,
      headers: { cookie: honey.cookie },
    });
    expect(foreign.statusCode).toBe(403);
    expect(idsOf(await recommendations(forum.organiser, yarn))[0]).toBe(cotton.organizationId);
    const outsider = await addCompany(t, "Outside Observer");
    const notTakingPart = await t.app.inject({
      url: `/api/v1/forums/${forum.forumId}/recommendations?organization=${outsider.organizationId}`,
      headers: { cookie: outsider.cookie },
    });
    expect(notTakingPart.statusCode).toBe(404);
    expect((await recommendations(yarn.cookie, yarn, "&limit=1")).length).toBe(1);
  });
});
