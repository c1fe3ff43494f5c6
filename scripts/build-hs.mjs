// Turns the HS 2022 CSV files in data/hs/ (copied from the shared reference data, see SOURCE.md)
// into data/hs/hs2022.json, the compact form the server loads. Run: node scripts/build-hs.mjs
import fs from "node:fs";
import path from "node:path";

const dir = path.resolve(import.meta.dirname, "../data/hs");

/** RFC 4180 CSV: quoted fields may hold commas, doubled quotes and newlines. */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = "";
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = "";
  };
  const endRow = () => {
    endField();
    rows.push(row);
    row = [];
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") endField();
    else if (c === "\n") endRow();
    else if (c !== "\r") field += c;
  }
  if (field || row.length) endRow();
  return rows;
}

const read = (name) => parseCsv(fs.readFileSync(path.join(dir, name), "utf8").replace(/^\uFEFF/, ""));
const [, ...sectionRows] = read("sections.csv");
const [header, ...codeRows] = read("harmonized-system-2022.csv");
if (header.join(",") !== "section,hscode,description,parent,level") throw new Error(`unexpected header ${header}`);

const codes = [];
for (const [section, code, description, parent, level] of codeRows) {
  // National extensions longer than six digits are marked level 6 in the source; they are not HS.
  if (!/^\d+$/.test(code) || code.length !== Number(level)) continue;
  // Chapter 99 ("commodities not specified") is a statistical code of the source, not HS.
  if (section === "TOTAL") continue;
  codes.push({ code, level: Number(level), description, section, parent: parent === "TOTAL" ? null : parent });
}
const sections = sectionRows.filter((r) => r.length >= 2).map(([section, name]) => ({ section, name }));
const out = { source: "HS 2022 (datasets/harmonized-system 2022.0, ODC-PDDL-1.0); see SOURCE.md", sections, codes };
fs.writeFileSync(path.join(dir, "hs2022.json"), `${JSON.stringify(out)}\n`);
const count = (level) => codes.filter((c) => c.level === level).length;
console.log(`hs2022.json: ${sections.length} sections, ${count(2)} chapters, ${count(4)} headings, ${count(6)} subheadings`);
