import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { loadReferenceData } from "../../directory";
import { countryReader, mapHeader, readCategory, readLanguage } from "./import-columns";
import { detectDelimiter, readSheet } from "./import-parser";

describe("readSheet", () => {
  it("numbers rows as an editor does, across blank lines, CRLF and quoted line breaks", async () => {
    const sheet = await readSheet(Buffer.from('\uFEFFa;b\r\n1;2\r\n\r\n"x\r\ny";3\r\n;\r\n4;"5"'));
    expect(sheet).toMatchObject({ format: "csv", headerLine: 1, header: ["a", "b"] });
    expect(sheet.rows).toEqual([
      { line: 2, cells: ["1", "2"] },
      { line: 4, cells: ["x\ny", "3"] },
      { line: 7, cells: ["4", "5"] },
    ]);
  });

  it("numbers workbook rows as Excel shows them and reads formulas and links as displayed", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("List");
    sheet.getCell("A2").value = "Name";
    sheet.getCell("B2").value = "Email";
    sheet.getCell("A4").value = { formula: '"Ali"&" Valiev"', result: "Ali Valiev" };
    sheet.getCell("B4").value = { text: "ali@example.org", hyperlink: "mailto:ali@example.org" };
    const read = await readSheet(Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(read).toMatchObject({ format: "xlsx", headerLine: 2, rows: [{ line: 4, cells: ["Ali Valiev", "ali@example.org"] }] });
  });

  it.each([
    ["name;email,with comma;country", ";"],
    ['"a,b";c;d', ";"],
    ["name,email,country", ","],
    ["name\temail", "\t"],
  ])("finds the delimiter of %j", (line, delimiter) => {
    expect(detectDelimiter(line)).toBe(delimiter);
  });
});

describe("columns and values", () => {
  it("maps headers in English and Russian, whatever the case and spacing", () => {
    const { columns, duplicated } = mapHeader(["  Ф.И.О. ", "E-Mail", "КОМПАНИЯ", "Job title", "Страна", "notes", "Email"]);
    expect(Object.fromEntries(columns)).toEqual({ fullName: 0, email: 1, organizationName: 2, jobTitle: 3, country: 4 });
    expect(duplicated).toEqual(["email"]);
  });

  it.each([
    ["VIP", "vip"],
    ["Пресса", "press"],
    ["байер", "buyer"],
    ["Покупатель", "buyer"],
    ["Trade visitor", "trade_visitor"],
    ["trade_visitor", "trade_visitor"],
    ["Делегация", "delegation"],
    ["Космонавт", undefined],
  ])("reads category %j", (text, category) => {
    expect(readCategory(text)).toBe(category);
  });

  it("reads languages by code or name", () => {
    expect(readLanguage("RU")).toBe("ru");
    expect(readLanguage("Кыргызча")).toBe("ky");
    expect(readLanguage("klingon")).toBeUndefined();
  });

  it("reads countries by code or by name in English or Russian", () => {
    const country = countryReader(loadReferenceData());
    expect(["tj", "Tajikistan", "Таджикистан", "Россия", "Kyrgyzstan", "QQ", "Narnia"].map(country)).toEqual([
      "TJ",
      "TJ",
      "TJ",
      "RU",
      "KG",
      undefined,
      undefined,
    ]);
  });
});
