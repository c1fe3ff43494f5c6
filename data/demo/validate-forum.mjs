#!/usr/bin/env node
// Validates data/demo/forum.json against data/demo/world.json.
//
//   node data/demo/validate-forum.mjs [forum.json] [world.json]
//
// Checks references (organisations, products, people, pavilions, halls, booths), the four content languages,
// booth geometry (inside the hall, no overlaps, aisles, booth types against open sides, entrances on the wall),
// reachability of every booth from an entrance through aisles at least 2 m wide (grid flood fill), unique booth
// numbers and e-mails, room overlaps in the programme, and dates against the forum days in the venue time zone.
// Country codes are also checked against data/jurisdictions.json if present. Exits with status 1 on any problem.

import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, "..", "..");
const forumPath = process.argv[2] ? resolve(process.argv[2]) : join(here, "forum.json");
const worldPath = process.argv[3] ? resolve(process.argv[3]) : join(here, "world.json");

const problems = [];
const problem = (where, message) => problems.push(`${where}: ${message}`);

// ---------------------------------------------------------------- inputs

let data;
let world;
try {
  data = JSON.parse(readFileSync(forumPath, "utf8"));
} catch (error) {
  console.error(`forum.json does not parse: ${error.message}`);
  process.exit(1);
}
try {
  world = JSON.parse(readFileSync(worldPath, "utf8"));
} catch (error) {
  console.error(`world.json does not parse: ${error.message}`);
  process.exit(1);
}
const orgs = new Map((world.organizations ?? []).map((o) => [o.key, o]));

const jurisdictionsPath = join(repo, "data", "jurisdictions.json");
const knownCountries = existsSync(jurisdictionsPath) ? new Set(JSON.parse(readFileSync(jurisdictionsPath, "utf8")).countries.map((c) => c.code)) : null;

// ---------------------------------------------------------------- rules

const LANGUAGES = ["en", "ru", "tg", "ky"];
const TOP_KEYS = ["source", "forum", "pavilions", "halls", "exhibitors", "programme", "tours", "visitors"];
const FORUM_KEYS = ["key", "name", "description", "startsOn", "endsOn", "timeZone", "venue", "organizer", "parties", "registrationOpen"];
const PARTY_ROLES = new Set(["organiser", "backer", "partner"]);
const PAVILION_KINDS = new Set(["national", "thematic"]);
const BOOTH_TYPES = { inline: 1, corner: 2, peninsula: 3, island: 4 }; // open sides
const BOOTH_AREA = [9, 80]; // m²
const CURRENCIES = new Set(["TJS", "KGS", "RUB", "USD", "EUR", "CNY", "KZT", "UZS"]);
const CATEGORIES = ["trade_visitor", "buyer", "press", "vip", "delegation"];
const VISITOR_LANGUAGES = new Set(LANGUAGES);
const MIN_AISLE = 3; // m, between booths that do not touch, and between a booth and a wall
const WALKWAY = 2; // m, the probe that must reach every booth from an entrance
const GRID = 0.5; // m, resolution of the flood fill; all coordinates are multiples of it
const FREE_SHARE = [0.25, 0.55]; // share of booths left for sale in the demo
const VISITOR_COUNT = [300, 400];
const DOORS = ["10:00", "18:00"]; // check-in hours, venue time
const HEAVY_PAVILION = "heavy-industry";
const HEAVY_SECTORS = new Set(["mining-energy", "metals", "construction-materials", "textile-machinery"]);
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATETIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}):\d{2}(?:\.\d+)?([+-]\d{2}:\d{2}|Z)$/;
const EMAIL = /^[a-z0-9]+([.-][a-z0-9]+)*@[a-z0-9-]+\.demo\.hamkori\.org$/;
const COLOR = /^#[0-9a-f]{6}$/i;
const BOOTH_NUMBER = /^([A-Z])-(\d{2,3})$/;

function checkNoMarkup(value, where) {
  if (typeof value === "string") {
    if (value.includes("<")) problem(where, `contains "<": ${JSON.stringify(value.slice(0, 60))}`);
    if (value !== value.trim()) problem(where, "has leading or trailing whitespace");
  } else if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) checkNoMarkup(v, `${where}[${i}]`);
  } else if (value && typeof value === "object") for (const [k, v] of Object.entries(value)) checkNoMarkup(v, `${where}.${k}`);
}

function checkAllLanguages(text, where, max = 2000) {
  if (!text || typeof text !== "object" || Array.isArray(text)) return problem(where, "must be an object of language → text");
  for (const [lang, value] of Object.entries(text)) {
    if (!LANGUAGES.includes(lang)) problem(where, `unsupported content language "${lang}"`);
    if (typeof value !== "string" || value.length === 0) problem(`${where}.${lang}`, "must be a non-empty string");
    else if (value.length > max) problem(`${where}.${lang}`, `longer than ${max} characters`);
  }
  for (const lang of LANGUAGES) if (!text[lang]) problem(where, `missing "${lang}"`);
}

function checkExtraKeys(object, allowed, where) {
  if (!object || typeof object !== "object") return problem(where, "must be an object");
  for (const k of Object.keys(object)) if (!allowed.includes(k)) problem(where, `unexpected field "${k}"`);
}

function checkCountry(code, where) {
  if (!/^[A-Z]{2}$/.test(code ?? "")) problem(where, `country "${code}" must be ISO 3166-1 alpha-2`);
  else if (knownCountries && !knownCountries.has(code)) problem(where, `country ${code} is not in jurisdictions.json`);
}

// Venue time: a timestamp must carry an offset, and its wall-clock time must be the venue's wall-clock time.
let venueZone = "UTC";
const wallClock = (ms) => {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-CA", {
      timeZone: venueZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    })
      .formatToParts(new Date(ms))
      .map((p) => [p.type, p.value]),
  );
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
};
function parseTime(value, where) {
  const m = DATETIME.exec(value ?? "");
  if (!m) {
    problem(where, `"${value}" must be an ISO 8601 date-time with an offset`);
    return null;
  }
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) {
    problem(where, `"${value}" is not a valid date-time`);
    return null;
  }
  const local = wallClock(ms);
  if (local.date !== m[1] || local.time !== m[2]) problem(where, `"${value}" is not written in venue time (${venueZone}: ${local.date} ${local.time})`);
  return { ms, ...local };
}
const addDays = (date, days) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86400000).toISOString().slice(0, 10);
const isMultiple = (v) => typeof v === "number" && Number.isFinite(v) && Math.abs(v / GRID - Math.round(v / GRID)) < 1e-9;

// ---------------------------------------------------------------- top level and forum

checkExtraKeys(data, TOP_KEYS, "forum.json");
for (const k of TOP_KEYS) if (!(k in data)) problem("forum.json", `missing "${k}"`);
checkNoMarkup(data, "forum.json");
if (typeof data.source !== "string" || data.source.length < 200 || data.source.includes("\n"))
  problem("source", "must be one paragraph saying what is real and what is invented");

const forum = data.forum ?? {};
checkExtraKeys(forum, FORUM_KEYS, "forum");
if (!SLUG.test(forum.key ?? "")) problem("forum.key", "must be a lowercase slug");
checkAllLanguages(forum.name, "forum.name", 200);
checkAllLanguages(forum.description, "forum.description", 1500);
for (const lang of LANGUAGES) {
  const sentences = (forum.description?.[lang] ?? "").split(/(?<=[.!?])\s+/).filter(Boolean).length;
  if (sentences < 2 || sentences > 4) problem(`forum.description.${lang}`, `has ${sentences} sentences, expected 2–4`);
}
try {
  new Intl.DateTimeFormat("en", { timeZone: forum.timeZone });
  venueZone = forum.timeZone;
} catch {
  problem("forum.timeZone", `"${forum.timeZone}" is not an IANA time zone`);
}
if (!DATE.test(forum.startsOn ?? "") || !DATE.test(forum.endsOn ?? "")) problem("forum", "startsOn and endsOn must be YYYY-MM-DD");
else if (forum.endsOn < forum.startsOn) problem("forum", "endsOn is before startsOn");
const inForum = (date) => date >= forum.startsOn && date <= forum.endsOn;

checkExtraKeys(forum.venue, ["name", "city", "country", "address"], "forum.venue");
checkAllLanguages(forum.venue?.name, "forum.venue.name", 200);
if (typeof forum.venue?.city !== "string" || !forum.venue.city) problem("forum.venue.city", "must be a non-empty string");
if (typeof forum.venue?.address !== "string" || !forum.venue.address) problem("forum.venue.address", "must be a non-empty string");
checkCountry(forum.venue?.country, "forum.venue");
if (!orgs.has(forum.organizer)) problem("forum.organizer", `"${forum.organizer}" is not an organisation of world.json`);
if (typeof forum.registrationOpen !== "boolean") problem("forum.registrationOpen", "must be true or false");

const partyOrgs = new Set();
for (const [i, party] of (forum.parties ?? []).entries()) {
  const at = `forum.parties[${i}]`;
  checkExtraKeys(party, ["role", "name", "organization"], at);
  if (!PARTY_ROLES.has(party.role)) problem(at, `role "${party.role}" is not organiser, backer or partner`);
  checkAllLanguages(party.name, `${at}.name`, 200);
  if ("organization" in party) {
    if (!orgs.has(party.organization)) problem(at, `organization "${party.organization}" is not in world.json`);
    else partyOrgs.add(party.organization);
  }
}
const roles = (forum.parties ?? []).map((p) => p.role);
if (!roles.includes("backer")) problem("forum.parties", "needs a backer");
if (!(forum.parties ?? []).some((p) => p.role === "organiser" && p.organization === forum.organizer))
  problem("forum.parties", "the organizer must be listed as an organiser party");

// ---------------------------------------------------------------- pavilions

const pavilions = new Map();
const colors = [];
for (const [i, p] of (data.pavilions ?? []).entries()) {
  const at = `pavilions[${i}] (${p.key ?? "?"})`;
  checkExtraKeys(p, ["key", "kind", "country", "color", "name"], at);
  if (!SLUG.test(p.key ?? "")) problem(at, "key must be a lowercase slug");
  else if (pavilions.has(p.key)) problem(at, "duplicate key");
  else pavilions.set(p.key, p);
  if (!PAVILION_KINDS.has(p.kind)) problem(at, `kind "${p.kind}" is not national or thematic`);
  if (p.kind === "national") checkCountry(p.country, at);
  if (p.kind === "thematic" && "country" in p) problem(at, "only national pavilions have a country");
  if (!COLOR.test(p.color ?? "")) problem(at, `color "${p.color}" must be #rrggbb`);
  else {
    const rgb = [1, 3, 5].map((k) => Number.parseInt(p.color.slice(k, k + 2), 16));
    for (const [other, orgb] of colors) {
      const distance = Math.hypot(...rgb.map((v, k) => v - orgb[k]));
      if (distance < 80) problem(at, `color ${p.color} is too close to ${other}'s`);
    }
    colors.push([p.key, rgb]);
  }
  checkAllLanguages(p.name, `${at}.name`, 200);
}
const nationalOf = new Map([...pavilions.values()].filter((p) => p.kind === "national").map((p) => [p.country, p.key]));

// ---------------------------------------------------------------- halls and booths

const touchLength = (a, b) => {
  // length of the shared edge of two rectangles that touch without overlapping (0 if they do not touch)
  const ox = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const oy = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  if (ox > 0 && oy === 0) return ox;
  if (oy > 0 && ox === 0) return oy;
  return 0;
};
const overlaps = (a, b) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
// Width of the aisle between two booths that face each other (or stand diagonally apart); 0 when they touch or
// only meet at a corner line, where no aisle runs between them.
const gap = (a, b) => {
  const ox = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const oy = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  if (ox > 0 && oy < 0) return -oy;
  if (oy > 0 && ox < 0) return -ox;
  if (ox < 0 && oy < 0) return Math.hypot(ox, oy);
  return 0;
};

const booths = new Map(); // number → { booth, hall }
const hallKeys = new Map();
const hallLetters = new Map();
const hallStats = [];
for (const [h, hall] of (data.halls ?? []).entries()) {
  const at = `halls[${h}] (${hall.key ?? "?"})`;
  checkExtraKeys(hall, ["key", "name", "width", "height", "entrances", "obstacles", "booths"], at);
  if (!SLUG.test(hall.key ?? "")) problem(at, "key must be a lowercase slug");
  else if (hallKeys.has(hall.key)) problem(at, "duplicate key");
  else hallKeys.set(hall.key, hall);
  checkAllLanguages(hall.name, `${at}.name`, 200);
  const W = hall.width;
  const H = hall.height;
  if (!isMultiple(W) || !isMultiple(H) || W <= 0 || H <= 0) {
    problem(at, `width and height must be positive multiples of ${GRID} m`);
    continue;
  }
  const inside = (r) => r.x >= 0 && r.y >= 0 && r.x + r.width <= W && r.y + r.height <= H;
  const rect = (r, where) => {
    for (const k of ["x", "y", "width", "height"]) if (!isMultiple(r[k])) problem(where, `${k} must be a multiple of ${GRID} m`);
    if (!(r.width > 0 && r.height > 0)) problem(where, "width and height must be positive");
    if (!inside(r)) problem(where, `lies outside the ${W} × ${H} m hall`);
  };

  const obstacles = hall.obstacles ?? [];
  for (const [i, o] of obstacles.entries()) {
    checkExtraKeys(o, ["x", "y", "width", "height"], `${at}.obstacles[${i}]`);
    rect(o, `${at}.obstacles[${i}]`);
  }
  const list = hall.booths ?? [];
  if (list.length === 0) problem(at, "has no booths");
  let letter = null;
  for (const [i, b] of list.entries()) {
    const bat = `${at}.booths[${i}] (${b.number ?? "?"})`;
    checkExtraKeys(b, ["number", "x", "y", "width", "height", "price", "currency", "type", "pavilion"], bat);
    const m = BOOTH_NUMBER.exec(b.number ?? "");
    if (!m) problem(bat, "number must look like A-01");
    else {
      letter ??= m[1];
      if (m[1] !== letter) problem(bat, `number must start with the hall letter ${letter}`);
      if (booths.has(b.number)) problem(bat, "duplicate booth number");
      else booths.set(b.number, { booth: b, hall });
    }
    rect(b, bat);
    const area = b.width * b.height;
    if (area < BOOTH_AREA[0] || area > BOOTH_AREA[1]) problem(bat, `area ${area} m² is outside ${BOOTH_AREA[0]}–${BOOTH_AREA[1]} m²`);
    if (typeof b.price !== "number" || !(b.price > 0)) problem(bat, "price must be a positive number");
    if (!CURRENCIES.has(b.currency)) problem(bat, `currency "${b.currency}" is not one of ${[...CURRENCIES].join(", ")}`);
    if (!(b.type in BOOTH_TYPES)) problem(bat, `type "${b.type}" is not inline, corner, peninsula or island`);
    if (!pavilions.has(b.pavilion)) problem(bat, `pavilion "${b.pavilion}" is not defined`);
  }
  if (letter) {
    if (hallLetters.has(letter)) problem(at, `booth letter ${letter} is also used by ${hallLetters.get(letter)}`);
    hallLetters.set(letter, hall.key);
  }

  // overlaps and aisles
  for (let i = 0; i < list.length; i++) {
    const a = list[i];
    for (let j = i + 1; j < list.length; j++) {
      const b = list[j];
      if (overlaps(a, b)) problem(at, `booths ${a.number} and ${b.number} overlap`);
      else {
        const g = gap(a, b);
        if (g > 0 && g < MIN_AISLE) problem(at, `only ${g} m between booths ${a.number} and ${b.number} (aisles need ${MIN_AISLE} m)`);
      }
    }
    for (const [k, o] of obstacles.entries()) if (overlaps(a, o)) problem(at, `booth ${a.number} overlaps obstacle ${k}`);
    for (const [side, g] of [
      ["west", a.x],
      ["north", a.y],
      ["east", W - a.x - a.width],
      ["south", H - a.y - a.height],
    ]) {
      if (g > 0 && g < MIN_AISLE) problem(at, `booth ${a.number} is ${g} m from the ${side} wall (aisles need ${MIN_AISLE} m)`);
    }
  }
  for (let i = 0; i < obstacles.length; i++)
    for (let j = i + 1; j < obstacles.length; j++) if (overlaps(obstacles[i], obstacles[j])) problem(at, `obstacles ${i} and ${j} overlap`);

  // booth type against its open sides: a side is closed where it touches another booth, an obstacle or a wall
  for (const b of list) {
    const neighbours = [...list.filter((o) => o !== b), ...obstacles];
    const closed = {
      west: b.x === 0 || neighbours.some((o) => o.x + o.width === b.x && touchLength(b, o) > 0),
      east: b.x + b.width === W || neighbours.some((o) => o.x === b.x + b.width && touchLength(b, o) > 0),
      north: b.y === 0 || neighbours.some((o) => o.y + o.height === b.y && touchLength(b, o) > 0),
      south: b.y + b.height === H || neighbours.some((o) => o.y === b.y + b.height && touchLength(b, o) > 0),
    };
    const open = Object.values(closed).filter((c) => !c).length;
    if (b.type in BOOTH_TYPES && BOOTH_TYPES[b.type] !== open) problem(at, `booth ${b.number} is "${b.type}" but has ${open} open side(s)`);
  }

  // reachability: flood fill of a WALKWAY × WALKWAY probe over free cells, starting at the entrances
  const nx = Math.round(W / GRID);
  const ny = Math.round(H / GRID);
  const blocked = new Uint8Array(nx * ny);
  for (const r of [...list, ...obstacles]) {
    if (!inside(r)) continue;
    for (let y = Math.round(r.y / GRID); y < Math.round((r.y + r.height) / GRID); y++) {
      for (let x = Math.round(r.x / GRID); x < Math.round((r.x + r.width) / GRID); x++) blocked[y * nx + x] = 1;
    }
  }
  const p = Math.round(WALKWAY / GRID);
  const px = nx - p + 1;
  const py = ny - p + 1;
  const fits = new Uint8Array(Math.max(0, px * py));
  for (let y = 0; y < py; y++) {
    for (let x = 0; x < px; x++) {
      let free = true;
      for (let dy = 0; dy < p && free; dy++) for (let dx = 0; dx < p && free; dx++) if (blocked[(y + dy) * nx + x + dx]) free = false;
      fits[y * px + x] = free ? 1 : 0;
    }
  }
  const reached = new Uint8Array(px * py);
  const queue = [];
  const entrances = hall.entrances ?? [];
  if (entrances.length === 0) problem(at, "needs at least one entrance");
  for (const [i, e] of entrances.entries()) {
    const eat = `${at}.entrances[${i}]`;
    checkExtraKeys(e, ["x", "y"], eat);
    const onBoundary = (e.x === 0 || e.x === W || e.y === 0 || e.y === H) && e.x >= 0 && e.x <= W && e.y >= 0 && e.y <= H;
    if (!onBoundary) {
      problem(eat, `(${e.x}, ${e.y}) is not on the hall boundary`);
      continue;
    }
    let starts = 0;
    for (let y = 0; y < py; y++) {
      for (let x = 0; x < px; x++) {
        const x0 = x * GRID;
        const y0 = y * GRID;
        if (fits[y * px + x] && e.x >= x0 && e.x <= x0 + WALKWAY && e.y >= y0 && e.y <= y0 + WALKWAY) {
          starts++;
          if (!reached[y * px + x]) {
            reached[y * px + x] = 1;
            queue.push(y * px + x);
          }
        }
      }
    }
    if (starts === 0) problem(eat, `is blocked: no ${WALKWAY} m wide way in`);
  }
  while (queue.length > 0) {
    const c = queue.pop();
    const x = c % px;
    const y = (c - x) / px;
    for (const [dx, dy] of [
      [1, 0],
      [-1, 0],
      [0, 1],
      [0, -1],
    ]) {
      const nxp = x + dx;
      const nyp = y + dy;
      if (nxp < 0 || nyp < 0 || nxp >= px || nyp >= py) continue;
      const n = nyp * px + nxp;
      if (fits[n] && !reached[n]) {
        reached[n] = 1;
        queue.push(n);
      }
    }
  }
  const walked = new Uint8Array(nx * ny);
  for (let y = 0; y < py; y++) {
    for (let x = 0; x < px; x++) {
      if (!reached[y * px + x]) continue;
      for (let dy = 0; dy < p; dy++) for (let dx = 0; dx < p; dx++) walked[(y + dy) * nx + x + dx] = 1;
    }
  }
  const isWalked = (x, y) => x >= 0 && y >= 0 && x < nx && y < ny && walked[y * nx + x] === 1;
  for (const b of list) {
    if (!inside(b)) continue;
    const x0 = Math.round(b.x / GRID);
    const y0 = Math.round(b.y / GRID);
    const x1 = Math.round((b.x + b.width) / GRID);
    const y1 = Math.round((b.y + b.height) / GRID);
    let ok = false;
    for (let x = x0; x < x1 && !ok; x++) ok = isWalked(x, y0 - 1) || isWalked(x, y1);
    for (let y = y0; y < y1 && !ok; y++) ok = isWalked(x0 - 1, y) || isWalked(x1, y);
    if (!ok) problem(at, `booth ${b.number} cannot be reached from an entrance through ${WALKWAY} m aisles`);
  }
  hallStats.push({ key: hall.key, size: `${W} × ${H} m`, booths: list.length, area: list.reduce((s, b) => s + b.width * b.height, 0) });
}

// ---------------------------------------------------------------- exhibitors

const booked = new Map(); // booth number → organisation
const exhibiting = new Map(); // organisation → booths
for (const [i, e] of (data.exhibitors ?? []).entries()) {
  const at = `exhibitors[${i}] (${e.organization ?? "?"} ${e.booth ?? "?"})`;
  checkExtraKeys(e, ["organization", "booth", "products", "staff"], at);
  const org = orgs.get(e.organization);
  if (!org) problem(at, `organization "${e.organization}" is not in world.json`);
  const place = booths.get(e.booth);
  if (!place) problem(at, `booth "${e.booth}" does not exist`);
  else if (booked.has(e.booth)) problem(at, `booth ${e.booth} is already booked by ${booked.get(e.booth)}`);
  else booked.set(e.booth, e.organization);
  if (org) {
    // The app holds one booth per application, and one application per organisation and forum.
    if (exhibiting.has(org.key)) problem(at, `${org.key} already has a booth; an exhibitor holds one booth`);
    if (!exhibiting.has(org.key)) exhibiting.set(org.key, []);
    exhibiting.get(org.key).push(place?.booth);
    const pavilion = pavilions.get(place?.booth.pavilion);
    if (pavilion?.kind === "national" && pavilion.country !== org.country)
      problem(at, `a ${org.country} organisation in the ${pavilion.country} national pavilion`);
    if (e.products !== "all") {
      if (!Array.isArray(e.products) || e.products.length === 0) problem(at, 'products must be "all" or a non-empty array of indexes');
      else {
        if (new Set(e.products).size !== e.products.length) problem(at, "products repeat an index");
        for (const k of e.products)
          if (!Number.isInteger(k) || k < 0 || k >= (org.products ?? []).length)
            problem(at, `product index ${k} is not in ${org.key}'s ${(org.products ?? []).length} products`);
      }
    } else if ((org.products ?? []).length === 0) problem(at, `${org.key} has no products to show`);
    if (!Array.isArray(e.staff) || e.staff.length < 1 || e.staff.length > 2) problem(at, "staff must list 1–2 people");
    else {
      if (new Set(e.staff).size !== e.staff.length) problem(at, "staff repeat an index");
      for (const k of e.staff)
        if (!Number.isInteger(k) || k < 0 || k >= (org.people ?? []).length)
          problem(at, `staff index ${k} is not in ${org.key}'s ${(org.people ?? []).length} people`);
    }
  }
}
// Every Tajik and Kyrgyz organisation exhibits, except the organiser and the forum's parties.
for (const org of orgs.values()) {
  if (!nationalOf.has(org.country) || org.key === forum.organizer || partyOrgs.has(org.key)) continue;
  const own = exhibiting.get(org.key) ?? [];
  if (own.length === 0) problem(`exhibitors`, `${org.key} (${org.country}) has no booth`);
  else if (!own.some((b) => b && (b.pavilion === nationalOf.get(org.country) || pavilions.get(b.pavilion)?.kind === "thematic"))) {
    problem("exhibitors", `${org.key} has no booth in the ${org.country} national pavilion or a thematic pavilion`);
  }
  if (pavilions.has(HEAVY_PAVILION) && org.sectors?.some((s) => HEAVY_SECTORS.has(s)) && !own.some((b) => b?.pavilion === HEAVY_PAVILION)) {
    problem("exhibitors", `${org.key} (heavy industry) has no booth in the ${HEAVY_PAVILION} pavilion`);
  }
}
const freeShare = booths.size ? (booths.size - booked.size) / booths.size : 0;
if (freeShare < FREE_SHARE[0] || freeShare > FREE_SHARE[1])
  problem("booths", `${Math.round(freeShare * 100)} % are free, expected ${FREE_SHARE[0] * 100}–${FREE_SHARE[1] * 100} %`);

// ---------------------------------------------------------------- programme

const byRoom = new Map();
for (const [i, s] of (data.programme ?? []).entries()) {
  const at = `programme[${i}]`;
  checkExtraKeys(s, ["title", "room", "startsAt", "endsAt", "speakers", "language"], at);
  checkAllLanguages(s.title, `${at}.title`, 300);
  if (typeof s.room !== "string" || !s.room) problem(at, "room must be a non-empty string");
  if (!VISITOR_LANGUAGES.has(s.language)) problem(at, `language "${s.language}" is not one of ${LANGUAGES.join(", ")}`);
  if (!Array.isArray(s.speakers) || s.speakers.length === 0 || s.speakers.some((n) => typeof n !== "string" || !n))
    problem(at, "speakers must be a non-empty list of names");
  const start = parseTime(s.startsAt, `${at}.startsAt`);
  const end = parseTime(s.endsAt, `${at}.endsAt`);
  if (!start || !end) continue;
  if (end.ms <= start.ms) problem(at, "ends before it starts");
  if (!inForum(start.date) || end.date !== start.date) problem(at, `must take place within one forum day (${forum.startsOn} – ${forum.endsOn})`);
  if (!byRoom.has(s.room)) byRoom.set(s.room, []);
  byRoom.get(s.room).push({ i, start: start.ms, end: end.ms });
}
for (const [room, sessions] of byRoom) {
  sessions.sort((a, b) => a.start - b.start);
  for (let k = 1; k < sessions.length; k++) {
    if (sessions[k].start < sessions[k - 1].end) problem(`programme`, `sessions ${sessions[k - 1].i} and ${sessions[k].i} overlap in "${room}"`);
  }
}

// ---------------------------------------------------------------- tours

for (const [i, t] of (data.tours ?? []).entries()) {
  const at = `tours[${i}]`;
  checkExtraKeys(t, ["name", "hall", "startsAt", "minutesPerStop", "stops", "note"], at);
  checkAllLanguages(t.name, `${at}.name`, 200);
  checkAllLanguages(t.note, `${at}.note`, 1500);
  const hall = hallKeys.get(t.hall);
  if (!hall) problem(at, `hall "${t.hall}" does not exist`);
  if (!Number.isInteger(t.minutesPerStop) || t.minutesPerStop <= 0) problem(at, "minutesPerStop must be a positive integer");
  if (!Array.isArray(t.stops) || t.stops.length === 0) problem(at, "stops must be a non-empty list of booth numbers");
  else {
    if (new Set(t.stops).size !== t.stops.length) problem(at, "a booth is visited twice");
    for (const n of t.stops) {
      const place = booths.get(n);
      if (!place) problem(at, `stop ${n} is not a booth`);
      else if (hall && place.hall !== hall) problem(at, `stop ${n} is not in ${t.hall}`);
      else if (!booked.has(n)) problem(at, `stop ${n} is a free booth`);
    }
  }
  const start = parseTime(t.startsAt, `${at}.startsAt`);
  if (start) {
    if (start.date < addDays(forum.startsOn, -1) || start.date > forum.endsOn) problem(at, "must start during the forum or the day before");
    const end = wallClock(start.ms + (t.stops?.length ?? 0) * (t.minutesPerStop ?? 0) * 60000);
    if (end.date !== start.date) problem(at, "must end on the day it starts");
  }
}

// ---------------------------------------------------------------- visitors

const emails = new Set((world.organizations ?? []).flatMap((o) => (o.people ?? []).map((p) => p.email)));
const stats = { categories: {}, countries: {}, languages: {}, checkedIn: 0, checkInDays: {}, registrationMonths: {} };
const visitors = data.visitors ?? [];
if (visitors.length < VISITOR_COUNT[0] || visitors.length > VISITOR_COUNT[1])
  problem("visitors", `${visitors.length} visitors, expected ${VISITOR_COUNT[0]}–${VISITOR_COUNT[1]}`);
const lastDay = forum.endsOn;
for (const [i, v] of visitors.entries()) {
  const at = `visitors[${i}] (${v.email ?? "?"})`;
  checkExtraKeys(v, ["fullName", "organization", "country", "category", "email", "language", "registeredAt", "checkedInAt"], at);
  if (typeof v.fullName !== "string" || v.fullName.split(/\s+/).length < 2) problem(at, "fullName must be a full name");
  if (v.organization !== null && (typeof v.organization !== "string" || !v.organization)) problem(at, "organization must be text or null");
  checkCountry(v.country, at);
  if (!CATEGORIES.includes(v.category)) problem(at, `category "${v.category}" is not one of ${CATEGORIES.join(", ")}`);
  if (!VISITOR_LANGUAGES.has(v.language)) problem(at, `language "${v.language}" is not one of ${LANGUAGES.join(", ")}`);
  if (!EMAIL.test(v.email ?? "")) problem(at, "email must be an address under demo.hamkori.org");
  else if (emails.has(v.email)) problem(at, "duplicate email");
  emails.add(v.email);
  const registered = parseTime(v.registeredAt, `${at}.registeredAt`);
  if (registered && registered.date > lastDay) problem(at, "registered after the forum");
  if (v.checkedInAt !== null) {
    const checked = parseTime(v.checkedInAt, `${at}.checkedInAt`);
    if (checked) {
      if (!inForum(checked.date)) problem(at, `checked in on ${checked.date}, outside the forum days`);
      if (checked.time < DOORS[0] || checked.time > DOORS[1]) problem(at, `checked in at ${checked.time}, outside door hours ${DOORS.join("–")}`);
      if (registered && checked.ms <= registered.ms) problem(at, "checked in before registering");
      stats.checkedIn++;
      stats.checkInDays[checked.date] = (stats.checkInDays[checked.date] ?? 0) + 1;
    }
  }
  stats.categories[v.category] = (stats.categories[v.category] ?? 0) + 1;
  stats.countries[v.country] = (stats.countries[v.country] ?? 0) + 1;
  stats.languages[v.language] = (stats.languages[v.language] ?? 0) + 1;
  if (registered) stats.registrationMonths[registered.date.slice(0, 7)] = (stats.registrationMonths[registered.date.slice(0, 7)] ?? 0) + 1;
}

// ---------------------------------------------------------------- report

if (problems.length > 0) {
  console.error(`${problems.length} problem(s) in ${forumPath}:`);
  for (const p of problems) console.error(`  - ${p}`);
  process.exit(1);
}
const pct = (n, total) => `${n} (${Math.round((n / total) * 100)} %)`;
const list = (o, total) =>
  Object.entries(o)
    .sort((a, b) => b[1] - a[1])
    .map(([k, n]) => `${k} ${total ? pct(n, total) : n}`)
    .join(", ");
console.log(`ok: ${forumPath}`);
console.log(`  forum: ${forum.key}, ${forum.startsOn} – ${forum.endsOn} (${forum.timeZone}), organiser ${forum.organizer}`);
for (const h of hallStats) console.log(`  ${h.key}: ${h.size}, ${h.booths} booths, ${h.area} m² of stands`);
console.log(`  booths: ${booths.size}, booked ${booked.size}, free ${pct(booths.size - booked.size, booths.size)}; ${exhibiting.size} organisations exhibit`);
console.log(`  programme: ${(data.programme ?? []).length} sessions in ${byRoom.size} rooms; tours: ${(data.tours ?? []).length}`);
console.log(`  visitors: ${visitors.length}; checked in ${pct(stats.checkedIn, visitors.length)} — ${list(stats.checkInDays)}`);
console.log(`  categories: ${list(stats.categories, visitors.length)}`);
console.log(`  countries: ${list(stats.countries)}`);
console.log(`  languages: ${list(stats.languages)}; registered by month: ${list(stats.registrationMonths)}`);
