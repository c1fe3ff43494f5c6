import { hashPassword } from "better-auth/crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cookieOf, createOrganization, createTestApp, invite, signUp, type TestApp } from "../testing/test-app";
import { listOutbox } from "./outbox.repository";
import { insertUserWithPassword } from "./users.repository";

let t: TestApp;
const email = "rustam@example.org";

beforeAll(async () => {
  t = await createTestApp({ signInLimitPerMinute: 5 });
});
afterAll(() => t.close());

const signIn = (password: string, ip = "10.0.0.1") =>
  t.app.inject({ method: "POST", url: "/api/auth/sign-in/email", payload: { email, password }, remoteAddress: ip });

describe("accounts", () => {
  it("signs up with a session in an HTTP-only cookie", async () => {
    const res = await t.app.inject({ method: "POST", url: "/api/auth/sign-up/email", payload: { email, password: "first-password", name: "Rustam" } });
    expect(res.statusCode).toBe(200);
    const setCookie = String(res.headers["set-cookie"]);
    expect(setCookie).toMatch(/hamkori\.session_token=/);
    expect(setCookie).toMatch(/HttpOnly/i);
    const me = await t.app.inject({ url: "/api/v1/me", headers: { cookie: cookieOf(res.headers["set-cookie"]) } });
    expect(me.json().user).toMatchObject({ email, name: "Rustam", platformRole: "user" });
  });

  it("refuses a short password and a taken e-mail", async () => {
    const short = await t.app.inject({ method: "POST", url: "/api/auth/sign-up/email", payload: { email: "x@example.org", password: "short", name: "X" } });
    expect(short.statusCode).toBe(400);
    expect(short.headers["content-type"]).toContain("application/problem+json");
    const taken = await t.app.inject({ method: "POST", url: "/api/auth/sign-up/email", payload: { email, password: "another-password", name: "Again" } });
    expect(taken.statusCode).toBeGreaterThanOrEqual(400);
  });

  it("signs in and out", async () => {
    const res = await signIn("first-password");
    expect(res.statusCode).toBe(200);
    const cookie = cookieOf(res.headers["set-cookie"]);
    expect((await t.app.inject({ url: "/api/v1/me", headers: { cookie } })).statusCode).toBe(200);
    const out = await t.app.inject({ method: "POST", url: "/api/auth/sign-out", headers: { cookie }, payload: {} });
    expect(out.statusCode).toBe(200);
    expect((await t.app.inject({ url: "/api/v1/me", headers: { cookie } })).statusCode).toBe(401);
  });

  it("answers a wrong password with problem details", async () => {
    const res = await signIn("wrong-password", "10.0.0.2");
    expect(res.statusCode).toBe(401);
    expect(res.json().code).toBe("invalid_email_or_password");
  });

  it("rate limits sign-in attempts per client address", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) statuses.push((await signIn("wrong-password", "10.0.0.3")).statusCode);
    expect(statuses.slice(0, 5).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(5)).toEqual([429, 429]);
    const limited = await signIn("first-password", "10.0.0.3");
    expect(limited.statusCode).toBe(429);
    expect(limited.json().code).toBe("rate_limited");
    // Another address is not affected.
    expect((await signIn("first-password", "10.0.0.4")).statusCode).toBe(200);
  });

  it("resets a forgotten password through the mail outbox", async () => {
    const ask = await t.app.inject({
      method: "POST",
      url: "/api/auth/request-password-reset",
      payload: { email, redirectTo: "/reset-password" },
      remoteAddress: "10.0.0.5",
    });
    expect(ask.statusCode).toBe(200);
    const [message] = await listOutbox(t.ctx.database.db, 1, 0);
    expect(message).toMatchObject({ to: email, status: "stored" });
    const token = message.text.match(/token=([^\s]+)/)?.[1];
    expect(token).toBeTruthy();
    const reset = await t.app.inject({
      method: "POST",
      url: "/api/auth/reset-password",
      payload: { newPassword: "second-password", token: decodeURIComponent(token as string) },
    });
    expect(reset.statusCode).toBe(200);
    expect((await signIn("first-password", "10.0.0.6")).statusCode).toBe(401);
    expect((await signIn("second-password", "10.0.0.6")).statusCode).toBe(200);
    const reused = await t.app.inject({
      method: "POST",
      url: "/api/auth/reset-password",
      payload: { newPassword: "third-password", token: decodeURIComponent(token as string) },
    });
    expect(reused.statusCode).toBe(400);
  });

  it("lets a user accept an invitation only with the invited e-mail", async () => {
    const owner = await signUp(t, "owner@example.org");
    const org = await createOrganization(t, owner, { legalName: { ru: "Казанский завод" }, country: "RU", region: "RU-TA" });
    const inv = await invite(t, owner, org.id, "Colleague@Example.org", "admin");
    expect(inv.email).toBe("colleague@example.org");
    const colleague = await signUp(t, "colleague@example.org");
    const me = (await t.app.inject({ url: "/api/v1/me", headers: { cookie: colleague } })).json();
    expect(me.invitations.map((i: { id: string }) => i.id)).toEqual([inv.id]);
    const accept = await t.app.inject({ method: "POST", url: `/api/v1/invitations/${inv.id}/accept`, headers: { cookie: colleague } });
    expect(accept.statusCode).toBe(200);
    const again = await t.app.inject({ method: "POST", url: `/api/v1/invitations/${inv.id}/accept`, headers: { cookie: colleague } });
    expect(again.statusCode).toBe(409);
    const members = (await t.app.inject({ url: `/api/v1/organizations/${org.id}/members`, headers: { cookie: colleague } })).json().items;
    expect(members.map((m: { email: string; role: string }) => [m.email, m.role])).toEqual([
      ["owner@example.org", "owner"],
      ["colleague@example.org", "admin"],
    ]);
  });
});

describe("the interface language", () => {
  it("is stored on the account and returned with the user", async () => {
    const cookie = await signUp(t, "lang@example.org");
    expect((await t.app.inject({ url: "/api/v1/me", headers: { cookie } })).json().user.preferredLanguage).toBeNull();
    const saved = await t.app.inject({ method: "PATCH", url: "/api/v1/me", headers: { cookie }, payload: { preferredLanguage: "ky" } });
    expect(saved.statusCode).toBe(200);
    expect((await t.app.inject({ url: "/api/v1/me", headers: { cookie } })).json().user.preferredLanguage).toBe("ky");
    const bad = await t.app.inject({ method: "PATCH", url: "/api/v1/me", headers: { cookie }, payload: { preferredLanguage: "fr" } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].field).toContain("preferredLanguage");
  });
});

describe("e-mail confirmation", () => {
  it("keeps invitations away until the address is confirmed through the mailed link", async () => {
    const owner = await signUp(t, "boss@example.org");
    const org = await createOrganization(t, owner, { legalName: { en: "Boss Ltd" }, country: "KG" });
    const inv = await invite(t, owner, org.id, "ceo@victim.example", "owner");

    // Someone signs up with the invited address without owning the mailbox.
    const squatter = await signUp(t, "ceo@victim.example", "Squatter", { verified: false });
    const me = (await t.app.inject({ url: "/api/v1/me", headers: { cookie: squatter } })).json();
    expect(me.user.emailVerified).toBe(false);
    expect(me.invitations).toEqual([]);
    const refused = await t.app.inject({ method: "POST", url: `/api/v1/invitations/${inv.id}/accept`, headers: { cookie: squatter } });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().code).toBe("email_not_verified");

    // The owner of the mailbox gets the link and confirms.
    const [mail] = await listOutbox(t.ctx.database.db, 1, 0);
    expect(mail).toMatchObject({ to: "ceo@victim.example", subject: "Confirm your e-mail address for Hamkori" });
    const link = new URL(mail.text.match(/https?:\/\/\S+verify-email\S+/)?.[0] as string);
    const verified = await t.app.inject({ url: `${link.pathname}${link.search}` });
    expect(verified.statusCode).toBe(302);
    expect(verified.headers.location).toContain("/account?verified=1");
    const after = (await t.app.inject({ url: "/api/v1/me", headers: { cookie: cookieOf(verified.headers["set-cookie"]) || squatter } })).json();
    expect(after.user.emailVerified).toBe(true);
    expect(after.invitations.map((i: { id: string }) => i.id)).toEqual([inv.id]);
  });
});

describe("demo accounts", () => {
  it("cannot sign in, and their sessions stop counting, when demo mode is off", async () => {
    const demo = await createTestApp({ demo: true });
    const off = await createTestApp({ demo: false });
    try {
      for (const app of [demo, off]) {
        await insertUserWithPassword(app.ctx.database.db, {
          id: crypto.randomUUID(),
          name: "Demo",
          email: "demo@demo.hamkori.org",
          passwordHash: await hashPassword("hamkori-demo"),
          isDemo: true,
        });
      }
      const signIn = (app: TestApp) =>
        app.app.inject({ method: "POST", url: "/api/auth/sign-in/email", payload: { email: "demo@demo.hamkori.org", password: "hamkori-demo" } });
      expect((await signIn(demo)).statusCode).toBe(200);
      const refused = await signIn(off);
      expect(refused.statusCode).toBe(403);
      expect(refused.json().code).toBe("demo_account_disabled");
    } finally {
      await demo.close();
      await off.close();
    }
  });
});
