import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setUpForum } from "../../../testing/expo-fixtures";
import { createTestApp, multipartFile, signUp, type TestApp } from "../../../testing/test-app";
import { outboxOf, register, visitorInput } from "./registration.test-support";

let t: TestApp;
let organiser: string;
let forumId: string;
let stranger: string;

beforeAll(async () => {
  t = await createTestApp();
  ({ organiser, forumId } = await setUpForum(t));
  stranger = await signUp(t, "stranger@example.org", "Stranger");
  expect((await register(t, forumId, visitorInput("already@example.org"))).statusCode).toBe(201);
});
afterAll(() => t.close());

function upload(bytes: Buffer, query = "", cookie = organiser, filename = "visitors.csv", type = "text/csv") {
  const file = multipartFile("file", filename, type, bytes);
  return t.app.inject({
    method: "POST",
    url: `/api/v1/forums/${forumId}/registrations/import${query}`,
    headers: { cookie, ...file.headers },
    payload: file.payload,
  });
}
const total = async () => (await t.app.inject({ url: `/api/v1/forums/${forumId}/registrations`, headers: { cookie: organiser } })).json().total;

// As Excel on a Russian Windows saves "CSV UTF-8": BOM, semicolons, CRLF; one quoted value spans two lines.
const messyCsv = [
  "ФИО;Почта;Организация;Должность;Страна;Категория",
  "Иван Петров;ivan@example.org;ООО Ромашка;Директор;Россия;Байер",
  "Айгуль Садыкова;aigul@example;;;KG;Пресса",
  "",
  'Мария Иванова;maria@example.org;"Фабрика ""Заря""',
  'цех 2";;Таджикистан;VIP',
  "Пётр Сидоров;IVAN@example.org;;;TJ;Посетитель",
  "X;petr@example.org;;;Атлантида;Космонавт",
  "Jane Doe;jane@example.org;Acme;Buyer;gb;Buyer",
  "Old Friend;already@example.org;;;TJ;",
].join("\r\n");
const csvBytes = (text: string) => Buffer.from(`\uFEFF${text}`, "utf8");

describe("visitor import", () => {
  it("reports every bad row with the line the organiser sees in their editor", async () => {
    const res = await upload(csvBytes(messyCsv));
    expect(res.statusCode).toBe(200);
    const report = res.json();
    expect(report).toMatchObject({ format: "csv", rows: 7, valid: 3, saved: 0 });
    expect(report.problems.map((p: { line: number; field: string }) => `${p.line}:${p.field}`)).toEqual([
      "3:email",
      "7:email",
      "8:country",
      "8:category",
      "8:fullName",
      "10:email",
    ]);
    expect(report.problems[1].message).toContain("line 2");
    expect(report.problems[5].message).toContain("already registered");
    expect(report.preview).toEqual([
      {
        line: 2,
        fullName: "Иван Петров",
        email: "ivan@example.org",
        organizationName: "ООО Ромашка",
        jobTitle: "Директор",
        country: "RU",
        category: "buyer",
        language: "tg",
      },
      {
        line: 5,
        fullName: "Мария Иванова",
        email: "maria@example.org",
        organizationName: 'Фабрика "Заря"\nцех 2',
        jobTitle: null,
        country: "TJ",
        category: "vip",
        language: "tg",
      },
      {
        line: 9,
        fullName: "Jane Doe",
        email: "jane@example.org",
        organizationName: "Acme",
        jobTitle: "Buyer",
        country: "GB",
        category: "buyer",
        language: "tg",
      },
    ]);
  });

  it("saves nothing on commit while any line has a problem", async () => {
    const before = await total();
    const res = await upload(csvBytes(messyCsv), "?commit=true");
    expect(res.statusCode).toBe(409);
    const body = res.json();
    expect(body.code).toBe("import_has_problems");
    expect(body.errors).toHaveLength(6);
    expect(body.errors[0]).toEqual({ field: "line 3: email", message: "Enter a valid e-mail address" });
    expect(await total()).toBe(before);
  });

  it("commits a clean file in one go and e-mails the badges in the background", async () => {
    const clean = [
      "Full name,E-mail,Company,Country,Category,Language",
      "Ivan Petrov,ivan@example.org,Romashka,RU,Buyer,ru",
      "Jane Doe,jane@example.org,Acme,United Kingdom,press,",
      "Bakyt Asanov,bakyt@example.org,,Kyrgyzstan,,",
    ].join("\n");
    expect((await upload(Buffer.from(clean), "?commit=false")).json().saved).toBe(0);
    const before = await total();
    const res = await upload(Buffer.from(clean), "?commit=true");
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ rows: 3, valid: 3, saved: 3, problems: [], mailJobId: expect.any(String) });
    expect(await total()).toBe(before + 3);
    const saved = (await t.app.inject({ url: `/api/v1/forums/${forumId}/registrations?q=bakyt`, headers: { cookie: organiser } })).json().items[0];
    expect(saved).toMatchObject({ source: "import", category: "trade_visitor", country: "KG", language: "tg" });
    await t.ctx.jobs.idle();
    const job = (await t.app.inject({ url: `/api/v1/jobs/${res.json().mailJobId}`, headers: { cookie: organiser } })).json();
    expect(job).toMatchObject({ kind: "badge-mail", status: "done", done: 3, total: 3 });
    expect((await outboxOf(t, "ivan@example.org"))[0].subject).toBe("Ваш бейдж: Совместная промышленная выставка");
    expect((await outboxOf(t, "bakyt@example.org"))[0].text).toMatch(/\[Attached: badge-[0-9A-Z]{5}-[0-9A-Z]{5}\.pdf\]/);
  });

  it("names a missing column once instead of failing every row", async () => {
    const res = await upload(Buffer.from("Name;Country\nSomeone;TJ\nSomeone Else;KG\n"));
    expect(res.json()).toMatchObject({ rows: 2, valid: 0 });
    expect(res.json().problems).toEqual([{ line: 1, field: "email", message: expect.stringContaining('"e-mail"') }]);
  });

  it("reads an Excel workbook by its rows", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Visitors");
    sheet.addRow(["Full Name", "EMAIL", "Company", "Country", "Category"]);
    sheet.addRow(["Dilnoza Karimova", { text: "dilnoza@example.org", hyperlink: "mailto:dilnoza@example.org" }, "Silk Road LLC", "Uzbekistan", "Delegation"]);
    sheet.addRow(["Nobody", "nobody@example.org", "", "Narnia", "VIP"]);
    sheet.addRow([]);
    sheet.addRow(["Aziz Umarov", "aziz@example.org", "", "TJ", "vip"]);
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    const preview = (await upload(bytes, "", organiser, "list.xlsx", "application/octet-stream")).json();
    expect(preview).toMatchObject({ format: "xlsx", rows: 3, valid: 2 });
    expect(preview.problems).toEqual([{ line: 3, field: "country", message: expect.stringContaining("Narnia") }]);
    expect(preview.preview[0]).toMatchObject({ line: 2, email: "dilnoza@example.org", country: "UZ", category: "delegation" });
    expect(preview.preview[1].line).toBe(5);
    sheet.spliceRows(3, 1);
    const commit = await upload(Buffer.from(await workbook.xlsx.writeBuffer()), "?commit=true", organiser, "list.xlsx");
    expect(commit.statusCode).toBe(201);
    expect(commit.json().saved).toBe(2);
  });

  it.each([
    ["a PNG", Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==", "base64"), 415],
    ["an empty file", Buffer.alloc(0), 400],
    ["Windows-1251 text", Buffer.from([0xd4, 0xc8, 0xce, 0x3b, 0x45, 0x6d, 0x61, 0x69, 0x6c]), 415],
    ["a header without rows", Buffer.from("Name;E-mail;Country\n"), 400],
  ])("refuses %s naming the file field", async (_, bytes, status) => {
    const res = await upload(bytes);
    expect(res.statusCode).toBe(status);
    expect(res.json().errors[0].field).toBe("file");
  });

  it("refuses more than 20,000 rows", async () => {
    const rows = Array.from({ length: 20_001 }, (_, i) => `V ${i},v${i}@example.org,TJ`);
    const res = await upload(Buffer.from(["Name,Email,Country", ...rows].join("\n")));
    expect(res.statusCode).toBe(413);
    expect(res.json()).toMatchObject({ code: "too_many_rows", errors: [{ field: "file" }] });
  });

  it("is for organisers only and needs a multipart file", async () => {
    expect((await upload(Buffer.from("Name;E-mail;Country\nA B;a@b.org;TJ"), "", stranger)).statusCode).toBe(403);
    const notMultipart = await t.app.inject({
      method: "POST",
      url: `/api/v1/forums/${forumId}/registrations/import`,
      headers: { cookie: organiser },
      payload: { file: "x" },
    });
    expect(notMultipart.statusCode).toBe(400);
    expect(notMultipart.json().errors[0].field).toBe("file");
  });
});
