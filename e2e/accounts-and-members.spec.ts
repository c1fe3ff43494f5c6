import { describe, expect, it } from "vitest";
import { browserPerSpec, newPage, snapshot } from "./support/browser";
import { DEMO_PASSWORD, linkFromOutbox, signIn } from "./support/outbox";

const browser = browserPerSpec();

describe("a forgotten password", () => {
  it("is reset with the link from the outbox that the administrator reads", async () => {
    const visitor = await newPage(browser());
    await visitor.page.goto("/sign-in");
    await visitor.page.getByRole("link", { name: "Forgot your password?" }).click();
    // The page loads on demand; until it has, the sign-in form (with its own E-mail field) stays.
    await visitor.page.getByRole("heading", { name: "Reset your password" }).waitFor();
    await visitor.page.getByLabel("E-mail").fill("visitor@demo.hamkori.org");
    await visitor.page.getByRole("button", { name: "Send the link" }).click();
    await visitor.page.getByTestId("reset-requested").waitFor();

    // Without SMTP the mail waits in the outbox; the operator reads it in the app.
    const link = await linkFromOutbox(browser(), "visitor@demo.hamkori.org", "Reset your Hamkori password");
    await visitor.page.goto(link);
    await visitor.page.getByRole("heading", { name: "Choose a new password" }).waitFor();
    await visitor.page.getByLabel("New password").fill("a-new-silk-road");
    await visitor.page.getByLabel("Repeat the password").fill("a-new-silk-road");
    await visitor.page.getByRole("button", { name: "Save the new password" }).click();
    await visitor.page.getByTestId("password-reset-done").waitFor();

    await visitor.page.goto("/sign-in");
    await visitor.page.getByRole("heading", { name: "Sign in" }).waitFor();
    await visitor.page.getByLabel("E-mail").fill("visitor@demo.hamkori.org");
    await visitor.page.getByLabel("Password").fill(DEMO_PASSWORD);
    await visitor.page.getByRole("button", { name: "Sign in" }).click();
    await visitor.page.getByTestId("form-error").waitFor();
    await signIn(visitor.page, "visitor@demo.hamkori.org", "a-new-silk-road");
    await visitor.context.close();
  });
});

describe("an organisation owner", () => {
  it("invites a colleague, who signs up in Kyrgyz and accepts", async () => {
    const colleagueEmail = `aigul.${Date.now()}@example.org`;
    const owner = await newPage(browser());
    await signIn(owner.page, "azamat.toktosunov@shumkar.demo.hamkori.org", DEMO_PASSWORD);
    await owner.page.getByTestId("membership").filter({ hasText: "Shumkar" }).getByRole("link", { name: "Manage" }).click();
    await owner.page.getByRole("tab", { name: "Members" }).click();
    await owner.page.getByTestId("invite-form").waitFor();
    const inviteForm = owner.page.getByTestId("invite-form");
    await inviteForm.getByLabel("Colleague's e-mail").fill(colleagueEmail);
    await inviteForm.getByLabel("Role").click();
    await owner.page.getByRole("option", { name: "Admin" }).click();
    await inviteForm.getByRole("button", { name: "Invite", exact: true }).click();
    await owner.page.getByTestId("pending-invitation").filter({ hasText: colleagueEmail }).waitFor();

    const colleague = await newPage(browser());
    await colleague.page.goto("/");
    await colleague.page.getByTestId("language-switcher").click();
    await colleague.page.getByRole("option", { name: "Кыргызча" }).click();
    await colleague.page.getByRole("link", { name: "Катталуу" }).first().click();
    await colleague.page.getByRole("button", { name: "Аккаунт түзүү" }).waitFor();
    await colleague.page.getByLabel("Аты-жөнү").fill("Айгүл Осмонова");
    await colleague.page.getByLabel("Электрондук почта").fill(colleagueEmail);
    await colleague.page.getByLabel("Сырсөз").fill("tulpar-2026-pass");
    await colleague.page.getByRole("button", { name: "Аккаунт түзүү" }).click();
    await colleague.page.waitForURL("**/account");
    // Invitations wait until the colleague proves the mailbox is theirs.
    await colleague.page.getByTestId("email-confirmation").waitFor();
    expect(await colleague.page.getByTestId("invitation").count()).toBe(0);
    await colleague.page.goto(await linkFromOutbox(browser(), colleagueEmail, "Confirm your e-mail address"));
    await colleague.page.waitForURL("**/account**");
    await colleague.page.getByTestId("invitation").getByRole("button", { name: "Кабыл алуу" }).click();
    await colleague.page.getByTestId("membership").filter({ hasText: "Шумкар" }).waitFor();
    await snapshot(colleague.page, "colleague-account-ky");

    await owner.page.reload();
    await owner.page.getByTestId("member").filter({ hasText: "Айгүл Осмонова" }).waitFor();
    expect(await owner.page.getByTestId("pending-invitation").filter({ hasText: colleagueEmail }).count()).toBe(0);
    await owner.context.close();
    await colleague.context.close();
  });
});
