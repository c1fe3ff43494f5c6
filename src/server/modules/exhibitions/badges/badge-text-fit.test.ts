import { describe, expect, it } from "vitest";
import { fitText } from "./badge-text-fit";

// Every character 0.5 em wide: a 10-character line is 5 points wide at size 1.
const measure = (text: string) => Array.from(text).length * 0.5;
const nameLimits = { width: 200, maxSize: 26, maxTwoLineSize: 22, minSize: 12, maxLines: 2 };

describe("fitText", () => {
  it("keeps a short name on one line at the largest size", () => {
    expect(fitText(measure, "Ли Ён", nameLimits)).toEqual({ size: 26, lines: ["Ли Ён"] });
  });

  it("shrinks a single word to fit", () => {
    expect(fitText(measure, "Абдурахмонзода", nameLimits)).toEqual({ size: 26, lines: ["Абдурахмонзода"] });
    expect(fitText(measure, "Абдурахмонзодаи-Истаравшанӣ", nameLimits).size).toBe(14.5);
  });

  it("breaks a long name into two even lines rather than printing it small", () => {
    const fitted = fitText(measure, "Ҳакимова  Мадина\tҒафуровна", nameLimits);
    expect(fitted.lines).toEqual(["Ҳакимова Мадина", "Ғафуровна"]);
    expect(fitted.size).toBe(22);
  });

  it("never changes the letters, only the breaks", () => {
    const fitted = fitText(measure, "Өмүрбеков Сүйүнбек Жаңыбаевич", nameLimits);
    expect(fitted.lines.join(" ")).toBe("Өмүрбеков Сүйүнбек Жаңыбаевич");
  });

  it("cuts with an ellipsis only what cannot fit at the smallest size", () => {
    const fitted = fitText(measure, "Абдурахмонзода Шамсиддин Нуриддинович Хуҷандӣ Бобоҷонзода Истаравшанӣ", nameLimits);
    expect(fitted.size).toBe(12);
    expect(fitted.lines).toHaveLength(2);
    expect(fitted.lines[0]).toBe("Абдурахмонзода Шамсиддин");
    expect(fitted.lines[1].endsWith("…")).toBe(true);
    for (const line of fitted.lines) expect(measure(line) * 12).toBeLessThanOrEqual(200);
  });

  it("keeps one-line fields on one line", () => {
    const fitted = fitText(measure, "Республика Таджикистан, Согдийская область", { width: 100, maxSize: 10, minSize: 8, maxLines: 1 });
    expect(fitted.lines).toHaveLength(1);
    expect(measure(fitted.lines[0]) * fitted.size).toBeLessThanOrEqual(100);
  });
});
