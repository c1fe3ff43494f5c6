import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findUserByEmail, setPlatformRole } from "../../platform/users.repository";
import { createTestApp, signUp, type TestApp } from "../../testing/test-app";

/**
 * Walks every write endpoint of the directory with each kind of caller and asserts who may:
 * the server, not the interface, is what keeps one company out of another's data.
 */
type Role = "anonymous" | "stranger" | "member" | "admin" | "owner" | "platformAdmin";
const ROLES: Role[] = ["anonymous", "stranger", "member", "admin", "owner", "platformAdmin"];

let t: TestApp;
const cookies = {} as Record<Role, string | undefined>;
let orgId: string;
const memberIds = {} as Record<"member" | "admin" | "owner", string>;

const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==", "base64");
const boundary = "----perm";
const upload = (field: string) => ({
  headers: { "content-type": `multipart/form-data; boundary=${boundary}` },
  payload: Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="x.png"\r\nContent-Type: image/png\r\n\r\n`),
    PNG,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]),
});

async function as(role: Role, method: "POST" | "PATCH" | "PUT" | "DELETE", url: string, body?: unknown, multipart?: ReturnType<typeof upload>) {
  const headers: Record<string, string> = { ...(multipart?.headers ?? {}) };
  if (cookies[role]) headers.cookie = cookies[role] as string;
  return t.app.inject({ method, url, headers, payload: multipart ? multipart.payload : (body as object | undefined) });
}

async function newProduct(): Promise<string> {
  const res = await as("owner", "POST", `/api/v1/organizations/${orgId}/products`, { name: { en: "Raw silk" }, hsCode: "500200" });
  return res.json().id;
}

async function newMember(role: "member" | "admin"): Promise<string> {
  const email = `extra-${Math.random().toString(36).slice(2)}@example.org`;
  const cookie = await signUp(t, email);
  const inv = await as("owner", "POST", `/api/v1/organizations/${orgId}/invitations`, { email, role });
  await t.app.inject({ method: "POST", url: `/api/v1/invitations/${inv.json().id}/accept`, headers: { cookie } });
  const members = await t.app.inject({ url: `/api/v1/organizations/${orgId}/members`, headers: { cookie: cookies.owner } });
  return members.json().items.find((m: { email: string }) => m.email === email).id;
}

async function newInvitation(): Promise<string> {
  const res = await as("owner", "POST", `/api/v1/organizations/${orgId}/invitations`, {
    email: `inv-${Math.random().toString(36).slice(2)}@example.org`,
    role: "member",
  });
  return res.json().id;
}

beforeAll(async () => {
  t = await createTestApp();
  for (const role of ROLES.filter((r) => r !== "anonymous")) cookies[role] = await signUp(t, `${role.toLowerCase()}@example.org`, role);
  const admin = await findUserByEmail(t.ctx.database.db, "platformadmin@example.org");
  await setPlatformRole(t.ctx.database.db, admin.id, "admin");
  orgId = (await as("owner", "POST", "/api/v1/organizations", { legalName: { en: "Tojik Silk" }, country: "TJ", region: "TJ-SU" })).json().id;
  await as("stranger", "POST", "/api/v1/organizations", { legalName: { en: "Another company" }, country: "RU", region: "RU-TA" });
  for (const role of ["member", "admin"] as const) {
    const inv = await as("owner", "POST", `/api/v1/organizations/${orgId}/invitations`, { email: `${role}@example.org`, role });
    const accepted = await t.app.inject({ method: "POST", url: `/api/v1/invitations/${inv.json().id}/accept`, headers: { cookie: cookies[role] } });
    expect(accepted.statusCode).toBe(200);
  }
  const members = (await t.app.inject({ url: `/api/v1/organizations/${orgId}/members`, headers: { cookie: cookies.owner } })).json().items;
  for (const m of members) memberIds[m.role as "member" | "admin" | "owner"] = m.id;
});
afterAll(() => t.close());

type Case = { name: string; allowed: Role[]; ok: number; refused?: number; run: (role: Role) => Promise<{ statusCode: number }> };

const CASES: Case[] = [
  {
    name: "create an organisation",
    allowed: ["stranger", "member", "admin", "owner", "platformAdmin"],
    ok: 201,
    run: (r) => as(r, "POST", "/api/v1/organizations", { legalName: { en: `Org of ${r}` }, country: "KG" }),
  },
  {
    name: "edit the profile",
    allowed: ["admin", "owner", "platformAdmin"],
    ok: 200,
    run: (r) => as(r, "PATCH", `/api/v1/organizations/${orgId}`, { city: `City by ${r}` }),
  },
  {
    name: "upload the logo",
    allowed: ["admin", "owner", "platformAdmin"],
    ok: 200,
    run: (r) => as(r, "PUT", `/api/v1/organizations/${orgId}/logo`, undefined, upload("logo")),
  },
  {
    name: "add a product",
    allowed: ["member", "admin", "owner", "platformAdmin"],
    ok: 201,
    run: (r) => as(r, "POST", `/api/v1/organizations/${orgId}/products`, { name: { en: `Yarn by ${r}` }, hsCode: "500400" }),
  },
  {
    name: "edit a product",
    allowed: ["member", "admin", "owner", "platformAdmin"],
    ok: 200,
    run: async (r) => as(r, "PATCH", `/api/v1/products/${await newProduct()}`, { hsCode: "500300" }),
  },
  {
    name: "delete a product",
    allowed: ["member", "admin", "owner", "platformAdmin"],
    ok: 204,
    run: async (r) => as(r, "DELETE", `/api/v1/products/${await newProduct()}`),
  },
  {
    name: "add a product photo",
    allowed: ["member", "admin", "owner", "platformAdmin"],
    ok: 201,
    run: async (r) => as(r, "POST", `/api/v1/products/${await newProduct()}/photos`, undefined, upload("photo")),
  },
  {
    name: "remove a product photo",
    allowed: ["member", "admin", "owner", "platformAdmin"],
    ok: 200,
    run: async (r) => {
      const id = await newProduct();
      const photo = (await as("owner", "POST", `/api/v1/products/${id}/photos`, undefined, upload("photo"))).json().photoUrls[0].split("/").pop();
      return as(r, "DELETE", `/api/v1/products/${id}/photos/${photo}`);
    },
  },
  {
    name: "change a member's role",
    allowed: ["admin", "owner", "platformAdmin"],
    ok: 200,
    run: async (r) => as(r, "PATCH", `/api/v1/organizations/${orgId}/members/${await newMember("member")}`, { role: "admin" }),
  },
  {
    name: "remove a member",
    allowed: ["admin", "owner", "platformAdmin"],
    ok: 204,
    run: async (r) => as(r, "DELETE", `/api/v1/organizations/${orgId}/members/${await newMember("member")}`),
  },
  {
    name: "invite a colleague",
    allowed: ["admin", "owner", "platformAdmin"],
    ok: 201,
    run: (r) => as(r, "POST", `/api/v1/organizations/${orgId}/invitations`, { email: `new-${r}@example.org`, role: "member" }),
  },
  {
    name: "cancel an invitation",
    allowed: ["admin", "owner", "platformAdmin"],
    ok: 204,
    run: async (r) => as(r, "DELETE", `/api/v1/organizations/${orgId}/invitations/${await newInvitation()}`),
  },
  // Someone else's invitation is not even shown to exist.
  {
    name: "accept someone else's invitation",
    allowed: [],
    ok: 200,
    refused: 404,
    run: async (r) => as(r, "POST", `/api/v1/invitations/${await newInvitation()}/accept`),
  },
  {
    name: "save the interface language",
    allowed: ["stranger", "member", "admin", "owner", "platformAdmin"],
    ok: 200,
    run: (r) => as(r, "PATCH", "/api/v1/me", { preferredLanguage: "tg" }),
  },
];

describe.each(CASES)("$name", ({ allowed, ok, refused = 403, run }) => {
  it.each(ROLES)("as %s", async (role) => {
    const res = await run(role);
    if (allowed.includes(role)) expect(res.statusCode).toBe(ok);
    else expect(res.statusCode, `${role} must be refused`).toBe(role === "anonymous" ? 401 : refused);
  });
});

describe("guards that keep an organisation whole", () => {
  it("an admin cannot promote anyone to owner or remove the owner", async () => {
    expect((await as("admin", "PATCH", `/api/v1/organizations/${orgId}/members/${memberIds.member}`, { role: "owner" })).statusCode).toBe(403);
    expect((await as("admin", "DELETE", `/api/v1/organizations/${orgId}/members/${memberIds.owner}`)).statusCode).toBe(403);
  });

  it("the last owner can neither leave nor step down", async () => {
    const leave = await as("owner", "DELETE", `/api/v1/organizations/${orgId}/members/${memberIds.owner}`);
    expect(leave.statusCode).toBe(409);
    expect(leave.json().code).toBe("last_owner");
    expect((await as("owner", "PATCH", `/api/v1/organizations/${orgId}/members/${memberIds.owner}`, { role: "member" })).statusCode).toBe(409);
  });

  it("members may read the member list; strangers may not", async () => {
    expect((await t.app.inject({ url: `/api/v1/organizations/${orgId}/members`, headers: { cookie: cookies.member } })).statusCode).toBe(200);
    expect((await t.app.inject({ url: `/api/v1/organizations/${orgId}/members`, headers: { cookie: cookies.stranger } })).statusCode).toBe(403);
  });

  it("only platform administrators read the outbox", async () => {
    expect((await t.app.inject({ url: "/api/v1/admin/outbox", headers: { cookie: cookies.owner } })).statusCode).toBe(403);
    const res = await t.app.inject({ url: "/api/v1/admin/outbox", headers: { cookie: cookies.platformAdmin } });
    expect(res.statusCode).toBe(200);
    expect(res.json().items.some((m: { subject: string }) => m.subject.includes("invites you"))).toBe(true);
  });
});
