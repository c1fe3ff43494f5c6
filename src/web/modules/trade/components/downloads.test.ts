import { describe, expect, it } from "vitest";
import { fileNameOf, toCsv } from "./downloads";

describe("CSV downloads", () => {
  it("quotes what needs quoting and leaves numbers plain", () => {
    const csv = toCsv(
      [
        { label: "Product", value: (r: { name: string; value: number }) => r.name },
        { label: "Value, USD", value: (r) => r.value },
      ],
      [
        { name: 'Silk "raw", not thrown', value: 1234.5 },
        { name: "Cotton", value: 7 },
      ],
    );
    expect(csv).toBe('Product,"Value, USD"\n"Silk ""raw"", not thrown",1234.5\nCotton,7');
  });

  it("names files in any script", () => {
    expect(fileNameOf("Тоҷикистон – Татарстон: товарооборот")).toBe("Тоҷикистон-Татарстон-товарооборот");
  });
});
