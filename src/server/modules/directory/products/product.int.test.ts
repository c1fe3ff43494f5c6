import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, multipartFile, signUp, type TestApp } from "../../../testing/test-app";

let t: TestApp;
let owner: string;
let stranger: string;
let orgId: string;

const helicopter = {
  name: { en: "Two-seat light helicopter", ru: "Двухместный лёгкий вертолёт", ky: "Эки орундуу жеңил тик учак" },
  description: { en: "Locally assembled; 600 km on 70 litres of fuel." },
  hsCode: "880211",
  specifications: [
    { name: "Range", value: "600", unit: "km" },
    { name: "Fuel", value: "70", unit: "l" },
  ],
  price: { amount: 185000, currency: "USD" },
  minimumOrder: { quantity: 1, unit: "unit" },
  componentOrigins: ["PL"],
};

// 1×1 transparent PNG.
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==", "base64");

beforeAll(async () => {
  t = await createTestApp();
  owner = await signUp(t, "maker@example.org", "Maker");
  stranger = await signUp(t, "other@example.org", "Other");
  const org = await t.app.inject({
    method: "POST",
    url: "/api/v1/organizations",
    headers: { cookie: owner },
    payload: { legalName: { en: "Shumkar Transnational Corporation", ru: "Шумкар" }, country: "KG" },
  });
  orgId = org.json().id;
});
afterAll(() => t.close());

describe("products", () => {
  let productId: string;

  it("adds a product with specifications, price and component origins", async () => {
    const res = await t.app.inject({ method: "POST", url: `/api/v1/organizations/${orgId}/products`, headers: { cookie: owner }, payload: helicopter });
    expect(res.statusCode).toBe(201);
    const product = res.json();
    productId = product.id;
    expect(product).toMatchObject({
      hsCode: "880211",
      price: { amount: 185000, currency: "USD" },
      componentOrigins: ["PL"],
      organization: { id: orgId, country: "KG" },
    });
    expect(product.hsDescription).toMatch(/helicopters/i);
  });

  it.each([
    [{ hsCode: "999999" }, "hsCode", "not an HS 2022 code"],
    [{ hsCode: "88021" }, "hsCode", "2, 4 or 6 digits"],
    [{ price: { amount: -5, currency: "USD" } }, "price.amount", "negative"],
    [{ price: { amount: 5, currency: "XYZ" } }, "price.currency", "ISO 4217"],
    [{ price: { amount: 5, currency: "usd" } }, "price.currency", "ISO 4217"],
    [{ componentOrigins: ["QQ"] }, "componentOrigins.0", "ISO 3166-1"],
    [{ name: { en: "<img src=x onerror=alert(1)>" } }, "name.en", "Markup"],
    [{ specifications: [{ name: "", value: "1" }] }, "specifications.0.name", ""],
    [{ videoUrls: ["ftp://example.org/x"] }, "videoUrls.0", "http"],
    [{ unknownField: 1 }, "", "nrecognized"],
  ])("rejects %j naming the field and stores nothing", async (change, field, message) => {
    const before = (await t.app.inject(`/api/v1/products?organizationId=${orgId}`)).json().total;
    const res = await t.app.inject({
      method: "POST",
      url: `/api/v1/organizations/${orgId}/products`,
      headers: { cookie: owner },
      payload: { ...helicopter, ...change },
    });
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body.code).toBe("validation_failed");
    expect(JSON.stringify(body.errors)).toContain(field);
    expect(body.detail).toContain(message);
    expect((await t.app.inject(`/api/v1/products?organizationId=${orgId}`)).json().total).toBe(before);
  });

  it("does not let another organisation's member edit or delete it", async () => {
    const patch = await t.app.inject({ method: "PATCH", url: `/api/v1/products/${productId}`, headers: { cookie: stranger }, payload: { hsCode: "010121" } });
    expect(patch.statusCode).toBe(403);
    const del = await t.app.inject({ method: "DELETE", url: `/api/v1/products/${productId}`, headers: { cookie: stranger } });
    expect(del.statusCode).toBe(403);
    expect((await t.app.inject(`/api/v1/products/${productId}`)).json().hsCode).toBe("880211");
  });

  it("edits only the fields sent", async () => {
    const res = await t.app.inject({ method: "PATCH", url: `/api/v1/products/${productId}`, headers: { cookie: owner }, payload: { price: null } });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ price: null, hsCode: "880211", componentOrigins: ["PL"] });
    expect(res.json().specifications).toHaveLength(2);
  });

  it("finds products across scripts, by maker and by HS prefix", async () => {
    const search = async (qs: string) => (await t.app.inject(`/api/v1/products?${qs}`)).json().items.map((p: { id: string }) => p.id);
    expect(await search("q=vertolet")).toContain(productId);
    expect(await search(`q=${encodeURIComponent("тик учак")}`)).toContain(productId);
    expect(await search("q=helicoptr")).toContain(productId);
    expect(await search("q=shumkar")).toContain(productId);
    expect(await search("hs=8802")).toContain(productId);
    expect(await search("hs=01")).not.toContain(productId);
    expect(await search("country=TJ")).not.toContain(productId);
  });

  it("accepts a real image as a photo and serves it with safe headers", async () => {
    const res = await t.app.inject({
      method: "POST",
      url: `/api/v1/products/${productId}/photos`,
      headers: { cookie: owner, ...multipartFile("photo", "a.png", "image/png", PNG).headers },
      payload: multipartFile("photo", "a.png", "image/png", PNG).payload,
    });
    expect(res.statusCode).toBe(201);
    const [url] = res.json().photoUrls;
    const file = await t.app.inject(url);
    expect(file.statusCode).toBe(200);
    expect(file.headers["content-type"]).toBe("image/png");
    expect(file.headers["x-content-type-options"]).toBe("nosniff");
    expect(file.headers["content-security-policy"]).toContain("sandbox");
  });

  it("refuses a script disguised as an image, and oversized files", async () => {
    const fake = multipartFile("photo", "evil.png", "image/png", Buffer.from("<svg onload=alert(1)></svg>"));
    const res = await t.app.inject({
      method: "POST",
      url: `/api/v1/products/${productId}/photos`,
      headers: { cookie: owner, ...fake.headers },
      payload: fake.payload,
    });
    expect(res.statusCode).toBe(415);
    expect(res.json().errors[0].field).toBe("photo");
    const big = multipartFile("photo", "big.png", "image/png", Buffer.concat([PNG, Buffer.alloc(6 * 1024 * 1024)]));
    const tooBig = await t.app.inject({
      method: "POST",
      url: `/api/v1/products/${productId}/photos`,
      headers: { cookie: owner, ...big.headers },
      payload: big.payload,
    });
    expect(tooBig.statusCode).toBe(413);
    expect((await t.app.inject(`/api/v1/products/${productId}`)).json().photoUrls).toHaveLength(1);
  });

  it("deletes a product for its maker", async () => {
    const res = await t.app.inject({ method: "DELETE", url: `/api/v1/products/${productId}`, headers: { cookie: owner } });
    expect(res.statusCode).toBe(204);
    expect((await t.app.inject(`/api/v1/products/${productId}`)).statusCode).toBe(404);
  });
});
