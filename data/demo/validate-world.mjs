#!/usr/bin/env node
// Validates data/demo/world.json.
//
//   node data/demo/validate-world.mjs                 structural checks
//   node --import tsx data/demo/validate-world.mjs    also parses every record with the zod
//                                                     contracts in src/contracts/directory.ts
//
// Region, country and origin codes are also checked against data/jurisdictions.json if present.
// HS codes are checked against data/hs/hs2022.json. Exits with status 1 on any problem.

import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, "..", "..");
const worldPath = process.argv[2] ? resolve(process.argv[2]) : join(here, "world.json");

const problems = [];
const problem = (where, message) => problems.push(`${where}: ${message}`);

// ---------------------------------------------------------------- inputs

let world;
try {
  world = JSON.parse(readFileSync(worldPath, "utf8"));
} catch (error) {
  console.error(`world.json does not parse: ${error.message}`);
  process.exit(1);
}

const sectorCodes = new Set(JSON.parse(readFileSync(join(repo, "data", "sectors.json"), "utf8")).sectors.map((s) => s.code));

// The HS 2022 list as the server loads it (built from data/hs/*.csv by scripts/build-hs.mjs).
const hsPath = join(repo, "data", "hs", "hs2022.json");
const hsLevel6 = new Map(JSON.parse(readFileSync(hsPath, "utf8")).codes.filter((c) => c.level === 6).map((c) => [c.code, c.description]));

// ---------------------------------------------------------------- rules

const CONTENT_LANGUAGES = new Set(["en", "ru", "tg", "ky"]);
const REQUIRED_LANGUAGES = { TJ: ["tg", "ru", "en"], KG: ["ky", "ru", "en"], RU: ["ru", "en"] };
const SIZES = new Set(["micro", "small", "medium", "large", null]);
const ROLES = new Set(["owner", "admin", "member"]);
const CURRENCIES = new Set(["TJS", "KGS", "RUB", "USD"]);
const UNITS = new Set(["kg", "t", "m", "m2", "m3", "l", "pcs", "pair", "set", "unit"]);
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const EMAIL = /^[a-z0-9]+(\.[a-z0-9]+)*@([a-z0-9-]+)\.demo\.hamkori\.org$/;
const ORG_KEYS = ["key", "fictional", "legalName", "shortName", "country", "region", "city", "address", "website", "sectors", "languages", "size", "description", "people", "products"];
const PRODUCT_KEYS = ["name", "description", "hsCode", "specifications", "videoUrls", "price", "minimumOrder", "componentOrigins"];

function checkNoMarkup(value, where) {
  if (typeof value === "string") {
    if (value.includes("<")) problem(where, `contains "<": ${JSON.stringify(value.slice(0, 60))}`);
    if (value !== value.trim()) problem(where, "has leading or trailing whitespace");
  } else if (Array.isArray(value)) value.forEach((v, i) => checkNoMarkup(v, `${where}[${i}]`));
  else if (value && typeof value === "object") for (const [k, v] of Object.entries(value)) checkNoMarkup(v, `${where}.${k}`);
}

function checkLocalized(text, where, { required = [], max }) {
  if (!text || typeof text !== "object" || Array.isArray(text)) return problem(where, "must be an object of language → text");
  for (const [lang, value] of Object.entries(text)) {
    if (!CONTENT_LANGUAGES.has(lang)) problem(where, `unsupported content language "${lang}"`);
    if (typeof value !== "string" || value.length === 0) problem(`${where}.${lang}`, "must be a non-empty string");
    else if (value.length > max) problem(`${where}.${lang}`, `longer than ${max} characters`);
  }
  for (const lang of required) if (!text[lang]) problem(where, `missing "${lang}"`);
  if (Object.keys(text).length < 2 && required.length > 0) problem(where, "needs at least two languages");
}

function checkExtraKeys(object, allowed, where) {
  for (const k of Object.keys(object)) if (!allowed.includes(k)) problem(where, `unexpected field "${k}"`);
}

if (typeof world.source !== "string" || !world.source.includes("Shumkar")) problem("source", "must describe the data and name Shumkar as the only real organisation");
if (!Array.isArray(world.organizations) || world.organizations.length === 0) problem("organizations", "must be a non-empty array");
checkNoMarkup(world, "world");

const orgKeys = new Set();
const emails = new Set();
const stats = { byCountry: {}, products: 0, people: 0, hs: new Set() };

for (const [i, org] of (world.organizations ?? []).entries()) {
  const at = `organizations[${i}] (${org.key ?? "?"})`;
  checkExtraKeys(org, ORG_KEYS, at);

  if (typeof org.key !== "string" || !SLUG.test(org.key)) problem(at, "key must be a lowercase slug");
  else if (orgKeys.has(org.key)) problem(at, "duplicate key");
  else orgKeys.add(org.key);

  if (typeof org.fictional !== "boolean") problem(at, "fictional must be true or false");
  if (org.fictional === false && org.key !== "shumkar") problem(at, "only Shumkar Transnational Corporation may be marked as real");

  const required = REQUIRED_LANGUAGES[org.country];
  if (!required) problem(at, `country must be one of ${Object.keys(REQUIRED_LANGUAGES).join(", ")}`);
  checkLocalized(org.legalName, `${at}.legalName`, { required: required ?? [], max: 200 });
  checkLocalized(org.shortName ?? {}, `${at}.shortName`, { max: 80 });
  checkLocalized(org.description ?? {}, `${at}.description`, { required: required ?? [], max: 5000 });

  if (!/^[A-Z]{2}$/.test(org.country ?? "")) problem(at, "country must be ISO 3166-1 alpha-2");
  if (org.region != null) {
    if (!/^[A-Z]{2}-[A-Z0-9]{1,3}$/.test(org.region)) problem(at, "region must be ISO 3166-2");
    else if (!org.region.startsWith(`${org.country}-`)) problem(at, `region ${org.region} is not in country ${org.country}`);
  }
  if (org.country === "RU" && org.region !== "RU-TA") problem(at, "Russian organisations in this demo are from Tatarstan (RU-TA)");
  for (const field of ["city", "address"]) {
    if (field in org && (typeof org[field] !== "string" || org[field].length === 0)) problem(at, `${field} must be a non-empty string or left out`);
  }
  if (org.website != null) {
    if (!/^https:\/\/[a-z0-9.-]+\.example(\/.*)?$/.test(org.website) && org.fictional) problem(at, "invented organisations use .example websites or null");
  }
  if (!Array.isArray(org.sectors) || org.sectors.length === 0 || org.sectors.length > 10) problem(at, "sectors must list 1–10 codes");
  for (const code of org.sectors ?? []) if (!sectorCodes.has(code)) problem(at, `unknown sector "${code}"`);
  for (const lang of org.languages ?? []) if (!/^[a-z]{2}$/.test(lang)) problem(at, `spoken language "${lang}" is not ISO 639-1`);
  if (!SIZES.has(org.size)) problem(at, `size "${org.size}" is not micro, small, medium, large or null`);

  // people
  const people = org.people ?? [];
  if (people.length < 1 || people.length > 3) problem(at, "needs 1–3 people");
  const owners = people.filter((p) => p.role === "owner").length;
  if (owners !== 1) problem(at, `needs exactly one owner, has ${owners}`);
  for (const [j, p] of people.entries()) {
    const pat = `${at}.people[${j}]`;
    checkExtraKeys(p, ["name", "email", "jobTitle", "role"], pat);
    if (typeof p.name !== "string" || p.name.split(/\s+/).length < 2) problem(pat, "name must be a full name");
    if (!ROLES.has(p.role)) problem(pat, `role "${p.role}" is not owner, admin or member`);
    if (p.jobTitle != null && (typeof p.jobTitle !== "string" || p.jobTitle.length > 100)) problem(pat, "jobTitle must be text up to 100 characters");
    const match = EMAIL.exec(p.email ?? "");
    if (!match) problem(pat, `email "${p.email}" must be firstname.lastname@<key>.demo.hamkori.org`);
    else if (match[2] !== org.key) problem(pat, `email domain must be ${org.key}.demo.hamkori.org`);
    if (emails.has(p.email)) problem(pat, `duplicate email ${p.email}`);
    emails.add(p.email);
  }
  stats.people += people.length;

  // products
  for (const [j, product] of (org.products ?? []).entries()) {
    const pat = `${at}.products[${j}]`;
    checkExtraKeys(product, PRODUCT_KEYS, pat);
    checkLocalized(product.name, `${pat}.name`, { required: required ?? [], max: 200 });
    checkLocalized(product.description ?? {}, `${pat}.description`, { required: required ?? [], max: 5000 });
    if (!/^\d{6}$/.test(product.hsCode ?? "")) problem(pat, `hsCode "${product.hsCode}" must have 6 digits`);
    else if (!hsLevel6.has(product.hsCode)) problem(pat, `hsCode ${product.hsCode} is not a level-6 code in HS 2022`);
    stats.hs.add(product.hsCode);
    if (!Array.isArray(product.specifications)) problem(pat, "specifications must be an array");
    for (const [k, spec] of (product.specifications ?? []).entries()) {
      const sat = `${pat}.specifications[${k}]`;
      checkExtraKeys(spec, ["name", "value", "unit"], sat);
      if (typeof spec.name !== "string" || !spec.name || spec.name.length > 100) problem(sat, "name must be text of 1–100 characters");
      if (typeof spec.value !== "string" || !spec.value || spec.value.length > 200) problem(sat, "value must be text of 1–200 characters");
      if ("unit" in spec && (typeof spec.unit !== "string" || !spec.unit || spec.unit.length > 30)) problem(sat, "unit must be text of 1–30 characters or left out");
    }
    if (!Array.isArray(product.videoUrls)) problem(pat, "videoUrls must be an array");
    if (product.price !== null) {
      const { amount, currency } = product.price ?? {};
      if (typeof amount !== "number" || !(amount >= 0)) problem(pat, "price.amount must be a non-negative number");
      if (!CURRENCIES.has(currency)) problem(pat, `price.currency "${currency}" is not TJS, KGS, RUB or USD`);
      if (product.minimumOrder === null) problem(pat, "a price needs a minimumOrder unit to be read against");
    }
    if (product.minimumOrder !== null) {
      const { quantity, unit } = product.minimumOrder ?? {};
      if (typeof quantity !== "number" || !(quantity > 0)) problem(pat, "minimumOrder.quantity must be above zero");
      if (!UNITS.has(unit)) problem(pat, `minimumOrder.unit "${unit}" is not one of ${[...UNITS].join(", ")}`);
    }
    if (!Array.isArray(product.componentOrigins)) problem(pat, "componentOrigins must be an array");
    for (const c of product.componentOrigins ?? []) if (!/^[A-Z]{2}$/.test(c)) problem(pat, `componentOrigins "${c}" is not ISO 3166-1 alpha-2`);
  }
  const country = org.country ?? "?";
  stats.byCountry[country] ??= { organizations: 0, products: 0 };
  stats.byCountry[country].organizations++;
  stats.byCountry[country].products += (org.products ?? []).length;
  stats.products += (org.products ?? []).length;
}

// Codes against data/jurisdictions.json, when that list is present.
const jurisdictionsPath = join(repo, "data", "jurisdictions.json");
let jurisdictionNote = "skipped (data/jurisdictions.json not found)";
if (existsSync(jurisdictionsPath)) {
  const j = JSON.parse(readFileSync(jurisdictionsPath, "utf8"));
  const countries = new Set((j.countries ?? []).map((c) => c.code));
  const regions = new Set((j.regions ?? []).map((r) => r.code));
  for (const org of world.organizations ?? []) {
    if (!countries.has(org.country)) problem(org.key, `country ${org.country} is not in jurisdictions.json`);
    if (org.region != null && !regions.has(org.region)) problem(org.key, `region ${org.region} is not in jurisdictions.json`);
    for (const product of org.products ?? []) {
      for (const c of product.componentOrigins ?? []) if (!countries.has(c)) problem(org.key, `componentOrigins ${c} is not in jurisdictions.json`);
    }
  }
  jurisdictionNote = "checked";
}

// Shumkar carries the facts from the report.
const shumkar = world.organizations?.find((o) => o.key === "shumkar");
if (!shumkar) problem("shumkar", "missing");
else {
  const heli = shumkar.products?.find((p) => p.hsCode === "880211");
  if (!heli) problem("shumkar", "missing the 880211 helicopter");
  else {
    const spec = Object.fromEntries(heli.specifications.map((s) => [s.name, `${s.value}${s.unit ? ` ${s.unit}` : ""}`]));
    if (spec.Seats !== "2") problem("shumkar", "helicopter must have 2 seats");
    if (spec.Range !== "600 km") problem("shumkar", "helicopter range must be 600 km");
    if (!Object.values(spec).includes("70 l")) problem("shumkar", "helicopter must state 70 l of fuel");
    if (JSON.stringify(heli.componentOrigins) !== '["PL"]') problem("shumkar", 'componentOrigins must be ["PL"]');
  }
}

// ---------------------------------------------------------------- optional: the real zod contracts

let zodNote = "skipped (run with `node --import tsx` to parse records with src/contracts)";
try {
  const contracts = await import(join(repo, "src", "contracts", "directory.ts"));
  const orgFields = ["legalName", "shortName", "country", "region", "city", "address", "website", "sectors", "languages", "size", "description"];
  for (const org of world.organizations ?? []) {
    const input = Object.fromEntries(orgFields.filter((k) => k in org).map((k) => [k, org[k]]));
    const parsed = contracts.ZOrganizationInput.safeParse(input);
    if (!parsed.success) problem(`zod ${org.key}`, JSON.stringify(parsed.error.issues));
    for (const [j, product] of (org.products ?? []).entries()) {
      const p = contracts.ZProductInput.safeParse(product);
      if (!p.success) problem(`zod ${org.key}.products[${j}]`, JSON.stringify(p.error.issues));
    }
    for (const person of org.people ?? []) {
      const p = contracts.ZInvitationInput.safeParse({ email: person.email, role: person.role });
      if (!p.success) problem(`zod ${org.key} ${person.email}`, JSON.stringify(p.error.issues));
    }
  }
  zodNote = "passed";
} catch (error) {
  if (error?.code !== "ERR_UNKNOWN_FILE_EXTENSION" && error?.code !== "ERR_MODULE_NOT_FOUND") zodNote = `skipped (${error.message})`;
}

// ---------------------------------------------------------------- report

if (problems.length > 0) {
  console.error(`${problems.length} problem(s) in ${worldPath}:`);
  for (const p of problems) console.error(`  - ${p}`);
  process.exit(1);
}
console.log(`ok: ${worldPath}`);
console.log(`  HS list: ${hsPath} (${hsLevel6.size} level-6 codes)`);
for (const [country, s] of Object.entries(stats.byCountry)) console.log(`  ${country}: ${s.organizations} organisations, ${s.products} products`);
console.log(`  total: ${world.organizations.length} organisations, ${stats.products} products, ${stats.people} people, ${stats.hs.size} distinct HS codes`);
console.log(`  jurisdiction codes: ${jurisdictionNote}`);
console.log(`  zod contracts: ${zodNote}`);
