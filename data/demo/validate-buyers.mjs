#!/usr/bin/env node
// Validates data/demo/buyers.json (the buyer and investor organisations of the demo forum's B2B meetings).
//
//   node data/demo/validate-buyers.mjs                 structural checks
//   node --import tsx data/demo/validate-buyers.mjs    also parses every record with the zod contracts
//                                                      (ZOrganizationInput, ZProfileInput, ZInvitationInput)
//
// Exits with status 1 on any problem.

import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, "..", "..");
const buyersPath = process.argv[2] ? resolve(process.argv[2]) : join(here, "buyers.json");
const readJson = (path) => JSON.parse(readFileSync(path, "utf8"));

const problems = [];
const problem = (where, message) => problems.push(`${where}: ${message}`);

let data;
try {
  data = readJson(buyersPath);
} catch (error) {
  console.error(`buyers.json does not parse: ${error.message}`);
  process.exit(1);
}
const world = readJson(join(here, "world.json"));
const matchmaking = readJson(join(here, "matchmaking.json"));
const sectorCodes = new Set(readJson(join(repo, "data", "sectors.json")).sectors.map((s) => s.code));
const hsLevel6 = new Set(readJson(join(repo, "data", "hs", "hs2022.json")).codes.filter((c) => c.level === 6).map((c) => c.code));
const jurisdictions = readJson(join(repo, "data", "jurisdictions.json"));
const countries = new Set(jurisdictions.countries.map((c) => c.code));
const regions = new Set(jurisdictions.regions.map((r) => r.code));

// What the exhibitors supply: every product of world.json and every offer of matchmaking.json.
const offered = new Set([
  ...world.organizations.flatMap((o) => o.products.map((p) => p.hsCode)),
  ...matchmaking.profiles.filter((p) => p.kind === "offer").flatMap((p) => p.hsCodes),
]);

const REQUIRED_LANGUAGES = { TJ: ["tg", "ru", "en"], KG: ["ky", "ru", "en"], RU: ["ru", "en"], KZ: ["ru", "en"], UZ: ["ru", "en"] };
const CONTENT_LANGUAGES = new Set(["en", "ru", "tg", "ky"]);
const ORG_KEYS = ["key", "fictional", "legalName", "shortName", "country", "region", "city", "sectors", "languages", "size", "description", "people", "category", "profiles"];
const PROFILE_KEYS = ["kind", "partnershipType", "title", "description", "hsCodes", "quantity", "quantityUnit", "quantityPeriod", "exportReady", "certificates", "targetMarkets", "languages", "validFrom", "validUntil"];
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const EMAIL = /^[a-z0-9]+(\.[a-z0-9]+)*@([a-z0-9-]+)\.demo\.hamkori\.org$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

function checkStrings(value, where) {
  if (typeof value === "string") {
    if (value.includes("<")) problem(where, `contains "<": ${JSON.stringify(value.slice(0, 60))}`);
    if (value !== value.trim()) problem(where, "has leading or trailing whitespace");
  } else if (Array.isArray(value)) value.forEach((v, i) => checkStrings(v, `${where}[${i}]`));
  else if (value && typeof value === "object") for (const [k, v] of Object.entries(value)) checkStrings(v, `${where}.${k}`);
}

function checkLocalized(text, where, required, max) {
  if (!text || typeof text !== "object" || Array.isArray(text)) return problem(where, "must be an object of language → text");
  for (const [lang, value] of Object.entries(text)) {
    if (!CONTENT_LANGUAGES.has(lang)) problem(where, `unsupported content language "${lang}"`);
    if (typeof value !== "string" || value.length === 0) problem(`${where}.${lang}`, "must be a non-empty string");
    else if (value.length > max) problem(`${where}.${lang}`, `longer than ${max} characters`);
  }
  for (const lang of required) if (!text[lang]) problem(where, `missing "${lang}"`);
}

const extraKeys = (object, allowed, where) => {
  for (const k of Object.keys(object)) if (!allowed.includes(k)) problem(where, `unexpected field "${k}"`);
};

if (typeof data.source !== "string" || !/invented/i.test(data.source)) problem("source", "must say that the data is invented");
if (!Array.isArray(data.organizations) || data.organizations.length === 0) problem("organizations", "must be a non-empty array");
checkStrings(data, "buyers");

const worldKeys = new Set(world.organizations.map((o) => o.key));
const keys = new Set();
const emails = new Set(world.organizations.flatMap((o) => o.people.map((p) => p.email)));
const stats = { byCountry: {}, byCategory: {}, people: 0, profiles: 0, hs: new Set() };

for (const [i, org] of (data.organizations ?? []).entries()) {
  const at = `organizations[${i}] (${org.key ?? "?"})`;
  extraKeys(org, ORG_KEYS, at);
  if (typeof org.key !== "string" || !SLUG.test(org.key)) problem(at, "key must be a lowercase slug");
  else if (keys.has(org.key) || worldKeys.has(org.key)) problem(at, "duplicate key (here or in world.json)");
  keys.add(org.key);
  if (org.fictional !== true) problem(at, "every buyer is invented: fictional must be true");
  if (!["buyer", "investor"].includes(org.category)) problem(at, `category "${org.category}" is not buyer or investor`);

  const required = REQUIRED_LANGUAGES[org.country];
  if (!required) problem(at, `country must be one of ${Object.keys(REQUIRED_LANGUAGES).join(", ")}`);
  checkLocalized(org.legalName, `${at}.legalName`, required ?? [], 200);
  checkLocalized(org.shortName, `${at}.shortName`, required ?? [], 80);
  checkLocalized(org.description, `${at}.description`, required ?? [], 5000);
  if (!countries.has(org.country)) problem(at, `country ${org.country} is not in jurisdictions.json`);
  if (typeof org.region !== "string" || !org.region.startsWith(`${org.country}-`)) problem(at, `region ${org.region} is not in country ${org.country}`);
  else if (!regions.has(org.region)) problem(at, `region ${org.region} is not in jurisdictions.json`);
  if (org.country === "RU" && org.region !== "RU-TA") problem(at, "Russian organisations in this demo are from Tatarstan (RU-TA)");
  if (typeof org.city !== "string" || !org.city) problem(at, "city must be a non-empty string");
  if (!Array.isArray(org.sectors) || org.sectors.length === 0 || org.sectors.length > 10) problem(at, "sectors must list 1–10 codes");
  for (const code of org.sectors ?? []) if (!sectorCodes.has(code)) problem(at, `unknown sector "${code}"`);
  for (const lang of org.languages ?? []) if (!/^[a-z]{2}$/.test(lang)) problem(at, `spoken language "${lang}" is not ISO 639-1`);

  const people = org.people ?? [];
  if (people.length < 1 || people.length > 3) problem(at, "needs 1–3 people");
  if (people.filter((p) => p.role === "owner").length !== 1) problem(at, "needs exactly one owner");
  for (const [j, p] of people.entries()) {
    const pat = `${at}.people[${j}]`;
    extraKeys(p, ["name", "email", "jobTitle", "role"], pat);
    if (typeof p.name !== "string" || p.name.split(/\s+/).length < 2) problem(pat, "name must be a full name");
    if (!["owner", "admin", "member"].includes(p.role)) problem(pat, `role "${p.role}" is not owner, admin or member`);
    const match = EMAIL.exec(p.email ?? "");
    if (!match) problem(pat, `email "${p.email}" must be firstname.lastname@<key>.demo.hamkori.org`);
    else if (match[2] !== org.key) problem(pat, `email domain must be ${org.key}.demo.hamkori.org`);
    if (emails.has(p.email)) problem(pat, `duplicate email ${p.email}`);
    emails.add(p.email);
  }

  const profiles = org.profiles ?? [];
  if (profiles.length < 1 || profiles.length > 3) problem(at, "needs 1–3 cooperation profiles");
  for (const [j, p] of profiles.entries()) {
    const pat = `${at}.profiles[${j}]`;
    extraKeys(p, PROFILE_KEYS, pat);
    if (p.kind === "request") {
      if (p.partnershipType !== null) problem(pat, "a request has no partnership type");
      if (!(p.quantity > 0) || !p.quantityUnit || !["month", "year"].includes(p.quantityPeriod)) problem(pat, "a request states a quantity, unit and period");
    } else if (p.kind === "partnership") {
      if (!["investment", "distribution"].includes(p.partnershipType)) problem(pat, "buyers propose investment or distribution partnerships only");
    } else problem(pat, `kind "${p.kind}" is not request or partnership (buyers offer nothing)`);
    if (org.category === "investor" && p.partnershipType !== "investment") problem(pat, "an investor's profiles are investment proposals");
    checkLocalized(p.title, `${pat}.title`, required ?? [], 200);
    checkLocalized(p.description, `${pat}.description`, required ?? [], 4000);
    if (!Array.isArray(p.hsCodes) || p.hsCodes.length === 0 || p.hsCodes.length > 20) problem(pat, "hsCodes must list 1–20 codes");
    for (const code of p.hsCodes ?? []) {
      if (!hsLevel6.has(code)) problem(pat, `hsCode ${code} is not a level-6 code in HS 2022`);
      else if (!offered.has(code)) problem(pat, `no exhibitor offers HS ${code}: the profile would match nobody`);
      stats.hs.add(code);
    }
    if (!Array.isArray(p.targetMarkets) || p.targetMarkets.length === 0) problem(pat, "targetMarkets must name where the counterparts are");
    for (const m of p.targetMarkets ?? []) if (!countries.has(m) && !regions.has(m)) problem(pat, `target market ${m} is not a country or region code`);
    if (!DATE.test(p.validFrom ?? "") || !DATE.test(p.validUntil ?? "") || p.validFrom > p.validUntil) problem(pat, "validFrom and validUntil must be dates in order");
  }

  stats.byCountry[org.country] = (stats.byCountry[org.country] ?? 0) + 1;
  stats.byCategory[org.category] = (stats.byCategory[org.category] ?? 0) + 1;
  stats.people += people.length;
  stats.profiles += profiles.length;
}

// Every exhibitor should have somebody asking for what it makes (the organiser and the chamber offer nothing).
const sought = new Set(data.organizations.flatMap((o) => o.profiles.flatMap((p) => p.hsCodes)));
const exhibitors = new Set(readJson(join(here, "forum.json")).exhibitors.map((e) => e.organization));
for (const org of world.organizations.filter((o) => exhibitors.has(o.key))) {
  const supplies = [...org.products.map((p) => p.hsCode), ...matchmaking.profiles.filter((p) => p.organization === org.key && p.kind === "offer").flatMap((p) => p.hsCodes)];
  if (!supplies.some((c) => sought.has(c))) problem(org.key, "no buyer asks for anything this exhibitor supplies");
}

let zodNote = "skipped (run with `node --import tsx` to parse records with src/contracts)";
try {
  const directory = await import(join(repo, "src", "contracts", "directory.ts"));
  const matchmakingContracts = await import(join(repo, "src", "contracts", "matchmaking", "profiles.ts"));
  const orgFields = ["legalName", "shortName", "country", "region", "city", "sectors", "languages", "size", "description"];
  for (const org of data.organizations ?? []) {
    const parsed = directory.ZOrganizationInput.safeParse(Object.fromEntries(orgFields.map((k) => [k, org[k]])));
    if (!parsed.success) problem(`zod ${org.key}`, JSON.stringify(parsed.error.issues));
    for (const person of org.people ?? []) {
      const p = directory.ZInvitationInput.safeParse({ email: person.email, role: person.role });
      if (!p.success) problem(`zod ${org.key} ${person.email}`, JSON.stringify(p.error.issues));
    }
    for (const [j, profile] of (org.profiles ?? []).entries()) {
      const p = matchmakingContracts.ZProfileInput.safeParse(profile);
      if (!p.success) problem(`zod ${org.key}.profiles[${j}]`, JSON.stringify(p.error.issues));
    }
  }
  zodNote = "passed";
} catch (error) {
  if (error?.code !== "ERR_UNKNOWN_FILE_EXTENSION" && error?.code !== "ERR_MODULE_NOT_FOUND") zodNote = `skipped (${error.message})`;
}

if (problems.length > 0) {
  console.error(`${problems.length} problem(s) in ${buyersPath}:`);
  for (const p of problems) console.error(`  - ${p}`);
  process.exit(1);
}
console.log(`ok: ${buyersPath}`);
console.log(`  by country: ${Object.entries(stats.byCountry).map(([c, n]) => `${c} ${n}`).join(", ")}`);
console.log(`  by category: ${Object.entries(stats.byCategory).map(([c, n]) => `${c} ${n}`).join(", ")}`);
console.log(`  total: ${data.organizations.length} organisations, ${stats.people} people, ${stats.profiles} profiles, ${stats.hs.size} distinct HS codes`);
console.log(`  zod contracts: ${zodNote}`);
