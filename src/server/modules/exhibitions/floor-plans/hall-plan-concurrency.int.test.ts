import { afterAll, beforeAll, expect, it } from "vitest";
import { setUpForum } from "../../../testing/expo-fixtures";
import { createTestApp, type TestApp } from "../../../testing/test-app";
import { sessionUserOf, withWorkBeforeTransaction } from "../transaction-hook.test-support";
import { saveHallPlan } from "./floor-plan.service";

let t: TestApp;
let organiser: string;
let forumId: string;

beforeAll(async () => {
  t = await createTestApp();
  ({ organiser, forumId } = await setUpForum(t));
});
afterAll(() => t.close());

const plan = { width: 20, height: 20, entrances: [{ x: 0, y: 0 }], obstacles: [], booths: [{ number: "Z-1", x: 5, y: 5, width: 3, height: 3 }] };
const newHall = async (name: string) =>
  (
    await t.app.inject({
      method: "POST",
      url: `/api/v1/forums/${forumId}/halls`,
      headers: { cookie: organiser },
      payload: { name: { en: name }, width: 20, height: 20, entrances: [{ x: 0, y: 0 }] },
    })
  ).json().id as string;

it("answers 409 naming the booths, not 500, when another hall takes the same new booth number meanwhile", async () => {
  const [first, second] = [await newHall("North"), await newHall("South")];
  // The South hall is saved with Z-1 after the North hall's save has checked its numbers, before it writes.
  const ctx = withWorkBeforeTransaction(t.ctx, async () => {
    const other = await t.app.inject({ method: "PUT", url: `/api/v1/halls/${second}/plan`, headers: { cookie: organiser }, payload: plan });
    expect(other.statusCode).toBe(200);
  });
  const actor = await sessionUserOf(t.ctx, "organiser@expo.example");
  await expect(saveHallPlan(ctx, actor, first, plan)).rejects.toMatchObject({ code: "booth_number_taken", status: 409, errors: [{ field: "booths" }] });
  const floor = (await t.app.inject({ url: `/api/v1/forums/${forumId}/floor-plan` })).json();
  expect(floor.halls.map((h: { booths: unknown[] }) => h.booths.length)).toEqual([0, 1]);
});
