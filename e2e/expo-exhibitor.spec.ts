import { describe, expect, it } from "vitest";
import { browserPerSpec, newPage, snapshot } from "./support/browser";
import { addHallByApi, createOrganizationByApi, createProductByApi, signUpByApi } from "./support/expo";

const browser = browserPerSpec();

describe("an exhibition", () => {
  it("is created by an organiser; an exhibitor applies for a booth, is approved with a message, and appears in the public catalogue", async () => {
    const stamp = Date.now();
    const forumName = `Joint Industrial Exhibition ${stamp}`;
    const exhibitorName = `Khujand Cotton Mill ${stamp}`;

    // The organiser: an account owning the organising company (set up through the API).
    const organiser = await newPage(browser());
    await signUpByApi(organiser.context, "Dilnoza Karimova", `organiser.${stamp}@example.org`);
    await createOrganizationByApi(organiser.context, { en: `Dushanbe Expo Services ${stamp}` });

    await organiser.page.goto("/forums");
    await organiser.page.getByRole("link", { name: "Create a forum" }).click();
    await organiser.page.getByTestId("forum-form").waitFor();
    await organiser.page.getByLabel("Forum name (English)").fill(forumName);
    await organiser.page.getByLabel("First day").fill("2031-07-09");
    await organiser.page.getByLabel("Last day").fill("2031-07-11");
    expect(await organiser.page.getByLabel("Venue time zone").inputValue()).toContain("Asia/Dushanbe");
    await organiser.page.getByLabel("Venue (English)").fill("EXPO Center Dushanbe");
    await organiser.page.getByLabel("City").fill("Dushanbe");
    await organiser.page.getByRole("button", { name: "Add an organiser, backer, partner or sponsor" }).click();
    await organiser.page.getByLabel("Role").click();
    await organiser.page.getByRole("option", { name: "Backer" }).click();
    await organiser.page.getByLabel("Organisation name (English)").fill("Ministry of Industry and New Technologies");
    await organiser.page.getByLabel("Published").check();
    await snapshot(organiser.page, "expo-forum-form");
    await organiser.page.getByRole("button", { name: "Create forum" }).click();
    await organiser.page.waitForURL(/\/forums\/[0-9a-f-]{36}$/);
    const forumPath = new URL(organiser.page.url()).pathname;
    const forumId = forumPath.split("/").pop() as string;
    await organiser.page.getByTestId("forum-name").filter({ hasText: forumName }).waitFor();
    expect(await organiser.page.getByTestId("forum-header").textContent()).toContain("Ministry of Industry and New Technologies");
    expect(await organiser.page.getByTestId("forum-draft").count()).toBe(0);
    // Drawing the hall is another journey; here the plan is saved through the API.
    await addHallByApi(organiser.context, forumId, 10);

    // The programme: a second session in a room already taken is refused at the room field.
    await organiser.page.getByTestId("forum-tab-edit").click();
    await organiser.page.getByTestId("programme-editor").waitFor();
    const addSession = async (title: string, room: string, from: string, to: string) => {
      await organiser.page.getByRole("button", { name: "Add a session" }).click();
      const form = organiser.page.getByTestId("session-form");
      await form.getByLabel("Session title (English)").fill(title);
      await form.getByLabel("Room").fill(room);
      await form.getByLabel("Starts (venue time)").fill(from);
      await form.getByLabel("Ends (venue time)").fill(to);
      await form.getByRole("button", { name: "Add session" }).click();
      return form;
    };
    const opening = await addSession("Opening of the exhibition", "Main hall", "2031-07-09T10:00", "2031-07-09T11:00");
    await opening.waitFor({ state: "detached" });
    const briefing = await addSession("Press briefing", "Main hall", "2031-07-09T10:30", "2031-07-09T11:30");
    await briefing.getByText("Main hall is taken at that time").waitFor();
    expect(await briefing.getByLabel("Room").getAttribute("aria-invalid")).toBe("true");
    await snapshot(organiser.page, "expo-room-taken");
    await briefing.getByLabel("Room").fill("Press room");
    await briefing.getByRole("button", { name: "Add session" }).click();
    await briefing.waitFor({ state: "detached" });
    expect(await organiser.page.getByTestId("session").count()).toBe(2);

    // The exhibitor: another account, with its company and a product in the catalogue.
    const exhibitor = await newPage(browser());
    await signUpByApi(exhibitor.context, "Farrukh Nazarov", `exhibitor.${stamp}@example.org`);
    const company = await createOrganizationByApi(exhibitor.context, { en: exhibitorName, tg: `Корхонаи пахтаи Хуҷанд ${stamp}` });
    await createProductByApi(exhibitor.context, company.id, { en: `Combed cotton yarn ${stamp}` }, "520100");

    await exhibitor.page.goto("/forums");
    await exhibitor.page.getByTestId("forum-card").filter({ hasText: forumName }).click();
    await exhibitor.page.getByRole("link", { name: "Apply as an exhibitor" }).click();
    await exhibitor.page.getByTestId("apply-form").waitFor();
    // The booth is chosen on the plan; the list beside it shows the same choice.
    await exhibitor.page.getByTestId("booth-A-02").click();
    await exhibitor.page.getByTestId("chosen-booth").filter({ hasText: "A-02" }).waitFor();
    await exhibitor.page.getByLabel(`Combed cotton yarn ${stamp}`).check();
    await exhibitor.page.getByLabel("Message to the organisers").fill("We need a 380 V socket for the spinning frame.");
    await snapshot(exhibitor.page, "expo-apply");
    await exhibitor.page.getByRole("button", { name: "Send the application" }).click();
    await exhibitor.page.waitForURL(/\/applications\/[0-9a-f-]{36}$/);
    const applicationUrl = exhibitor.page.url();
    await exhibitor.page.getByTestId("application-status").filter({ hasText: "Pending" }).waitFor();

    // The organiser reviews the pending applications and approves with a message.
    await organiser.page.getByTestId("forum-tab-review").click();
    const card = organiser.page.getByTestId("review-card").filter({ hasText: exhibitorName });
    await card.waitFor();
    expect(await card.textContent()).toContain("A-02");
    expect(await card.textContent()).toContain("520100");
    await card.getByRole("button", { name: "Approve" }).click();
    const decision = organiser.page.getByTestId("decision-form");
    await decision.getByLabel("Message to the exhibitor").fill("Welcome! Set-up opens on 8 July at 08:00.");
    await snapshot(organiser.page, "expo-decision");
    await decision.getByRole("button", { name: "Approve" }).click();
    await decision.waitFor({ state: "detached" });
    await organiser.page.getByRole("tab", { name: "Approved" }).click();
    await organiser.page.getByTestId("review-card").filter({ hasText: exhibitorName }).waitFor();
    await snapshot(organiser.page, "expo-review");

    // The exhibitor sees the decision, the organiser's message and the booth.
    await exhibitor.page.goto(applicationUrl);
    await exhibitor.page.getByTestId("application-status").filter({ hasText: "Approved" }).waitFor();
    expect(await exhibitor.page.getByTestId("decision-message").textContent()).toContain("Set-up opens on 8 July");
    expect(await exhibitor.page.getByTestId("application-booth").textContent()).toContain("A-02");
    await exhibitor.page.getByTestId("staff-form").waitFor();
    await snapshot(exhibitor.page, "expo-approved");

    // Anyone, signed out, finds the exhibitor in the catalogue with its booth.
    const visitor = await newPage(browser());
    await visitor.page.goto(`${forumPath}/exhibitors`);
    const listed = visitor.page.getByTestId("exhibitor-card").filter({ hasText: exhibitorName });
    await listed.waitFor();
    expect(await listed.getByTestId("exhibitor-booth").textContent()).toContain("A-02");
    expect(await listed.getByTestId("exhibitor-booth").getAttribute("href")).toMatch(new RegExp(`^${forumPath}/plan\\?booth=`));
    await snapshot(visitor.page, "expo-catalogue");

    await organiser.context.close();
    await exhibitor.context.close();
    await visitor.context.close();
  });
});
