import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addHall, hallPlan, setUpForum } from "../../../testing/expo-fixtures";
import { createTestApp, signUp, type TestApp } from "../../../testing/test-app";

let t: TestApp;
let organiser: string;
let forumId: string;
let stranger: string;

beforeAll(async () => {
  t = await createTestApp();
  ({ organiser, forumId } = await setUpForum(t));
  stranger = await signUp(t, "stranger@example.org");
});
afterAll(() => t.close());

const plan = () => t.app.inject({ method: "GET", url: `/api/v1/forums/${forumId}/floor-plan` }).then((r) => r.json());
const savePlan = (hallId: string, payload: Record<string, unknown>, cookie = organiser) =>
  t.app.inject({ method: "PUT", url: `/api/v1/halls/${hallId}/plan`, headers: { cookie }, payload });

describe("floor plans", () => {
  let hallId: string;

  it("draws a hall of booths with areas, inferred types and prices", async () => {
    const hall = await addHall(t, organiser, forumId, 12);
    hallId = hall.id;
    const { halls } = await plan();
    expect(halls).toHaveLength(1);
    expect(halls[0].booths).toHaveLength(12);
    const a01 = halls[0].booths.find((b: { number: string }) => b.number === "A-01");
    expect(a01).toMatchObject({ area: 9, price: 900, currency: "USD", status: "free", exhibitor: null });
    // A-01 ends a row of touching booths with aisles on both sides: open on three sides.
    expect(a01.type).toBe("peninsula");
  });

  it("infers inline and corner booths in a back-to-back block", async () => {
    const hall = await t.app.inject({
      method: "POST",
      url: `/api/v1/forums/${forumId}/halls`,
      headers: { cookie: organiser },
      payload: { name: { en: "Hall C" }, width: 30, height: 20, entrances: [{ x: 0, y: 10 }] },
    });
    const block = [0, 1, 2].flatMap((col) => [0, 1].map((row) => ({ number: `C-${row}${col}`, x: 5 + col * 3, y: 5 + row * 3, width: 3, height: 3 })));
    const saved = await savePlan(hall.json().id, { width: 30, height: 20, entrances: [{ x: 0, y: 10 }], booths: block });
    const types = Object.fromEntries(saved.json().booths.map((b: { number: string; type: string }) => [b.number, b.type]));
    expect(types).toEqual({ "C-00": "corner", "C-01": "inline", "C-02": "corner", "C-10": "corner", "C-11": "inline", "C-12": "corner" });
    await t.app.inject({ method: "DELETE", url: `/api/v1/halls/${hall.json().id}`, headers: { cookie: organiser } });
  });

  it("groups booths into a coloured pavilion", async () => {
    const pavilion = await t.app.inject({
      method: "POST",
      url: `/api/v1/forums/${forumId}/pavilions`,
      headers: { cookie: organiser },
      payload: { name: { en: "Kyrgyzstan", ky: "Кыргызстан" }, kind: "national", country: "KG", color: "#e03131" },
    });
    expect(pavilion.statusCode).toBe(201);
    const body = hallPlan(12);
    body.booths[0] = { ...body.booths[0], pavilionId: pavilion.json().id } as (typeof body.booths)[number];
    expect((await savePlan(hallId, body)).statusCode).toBe(200);
    const { pavilions, halls } = await plan();
    expect(pavilions[0]).toMatchObject({ color: "#e03131", country: "KG" });
    expect(halls[0].booths.find((b: { number: string }) => b.number === "A-01").pavilionId).toBe(pavilion.json().id);
  });

  it("refuses overlapping booths, booths outside the hall and prices without currency, naming the booths, and changes nothing", async () => {
    const before = await plan();
    const body = hallPlan(12);
    body.booths[1] = { ...body.booths[1], x: body.booths[0].x + 1 };
    body.booths[2] = { ...body.booths[2], x: 39 };
    const response = await savePlan(hallId, body);
    expect(response.statusCode).toBe(400);
    const messages = response
      .json()
      .errors.map((e: { message: string }) => e.message)
      .join(" | ");
    expect(messages).toMatch(/A-01/);
    expect(messages).toMatch(/A-02/);
    expect(messages).toMatch(/A-03/);
    const noCurrency = hallPlan(12);
    noCurrency.booths[3] = { ...noCurrency.booths[3], currency: undefined as unknown as string };
    const missing = await savePlan(hallId, noCurrency);
    expect(missing.json().errors[0]).toMatchObject({ field: "booths[3].currency" });
    expect(await plan()).toEqual(before);
  });

  it("keeps booth ids when booths move, removes dropped free booths", async () => {
    const before = (await plan()).halls[0].booths;
    const body = hallPlan(10);
    body.booths[0] = { ...body.booths[0], width: 2.5 };
    expect((await savePlan(hallId, body)).statusCode).toBe(200);
    const after = (await plan()).halls[0].booths;
    expect(after).toHaveLength(10);
    expect(after.find((b: { number: string }) => b.number === "A-01").id).toBe(before.find((b: { number: string }) => b.number === "A-01").id);
    expect(after.find((b: { number: string }) => b.number === "A-01").area).toBe(7.5);
  });

  it("lets only organisers draw, and refuses a booth number already used in another hall", async () => {
    expect((await savePlan(hallId, hallPlan(10), stranger)).statusCode).toBe(403);
    const second = await t.app.inject({
      method: "POST",
      url: `/api/v1/forums/${forumId}/halls`,
      headers: { cookie: organiser },
      payload: { name: { en: "Hall B" }, width: 40, height: 30, entrances: [{ x: 0, y: 10 }] },
    });
    expect(second.statusCode).toBe(201);
    const clash = await savePlan(second.json().id, hallPlan(2));
    expect(clash.statusCode).toBe(400);
    expect(clash.json().errors[0].message).toMatch(/A-01 is already used/);
  });
});
