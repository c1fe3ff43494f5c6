import type { BoothType, HallPlan, PlanBooth, PlanProblem, Point, Rect } from "./types";

/**
 * Turns an untrusted parsed value (JSON, or attributes gathered from an SVG) into a HallPlan,
 * naming the path of every value of the wrong type. Geometry rules are left to validateHallPlan.
 */
type Reader = { problems: PlanProblem[] };

const BOOTH_TYPES: readonly BoothType[] = ["inline", "corner", "peninsula", "island"];

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

const describe = (value: unknown): string =>
  value === null ? "null" : Array.isArray(value) ? "a list" : typeof value === "string" ? `"${value}"` : String(value);

const readNumber = (reader: Reader, source: Record<string, unknown>, key: string, path: string): number => {
  const value = source[key];
  if (typeof value === "number" && Number.isFinite(value)) return value;
  reader.problems.push({ path, message: value === undefined ? `${key} is missing` : `${key} must be a number, got ${describe(value)}` });
  return Number.NaN;
};

const readOptionalText = (reader: Reader, source: Record<string, unknown>, key: string, path: string): string | null | undefined => {
  const value = source[key];
  if (value === undefined || value === null || typeof value === "string") return value;
  reader.problems.push({ path, message: `${key} must be text, got ${describe(value)}` });
  return undefined;
};

const readPoint = (reader: Reader, value: unknown, path: string): Point => {
  if (!isRecord(value)) {
    reader.problems.push({ path, message: `Expected a point {"x": …, "y": …}, got ${describe(value)}` });
    return { x: Number.NaN, y: Number.NaN };
  }
  return { x: readNumber(reader, value, "x", `${path}.x`), y: readNumber(reader, value, "y", `${path}.y`) };
};

const readRect = (reader: Reader, value: Record<string, unknown>, path: string): Rect => ({
  x: readNumber(reader, value, "x", `${path}.x`),
  y: readNumber(reader, value, "y", `${path}.y`),
  width: readNumber(reader, value, "width", `${path}.width`),
  height: readNumber(reader, value, "height", `${path}.height`),
});

const readBooth = (reader: Reader, value: unknown, path: string): PlanBooth | null => {
  if (!isRecord(value)) {
    reader.problems.push({ path, message: `Expected a booth object, got ${describe(value)}` });
    return null;
  }
  // Spreadsheets export "12" as 12; a numeric booth number is still a booth number.
  const rawNumber = typeof value.number === "number" && Number.isFinite(value.number) ? String(value.number) : value.number;
  if (typeof rawNumber !== "string") reader.problems.push({ path: `${path}.number`, message: `number must be text, got ${describe(value.number)}` });
  const label = typeof rawNumber === "string" ? `Booth ${rawNumber}` : path;
  const booth: PlanBooth = { number: typeof rawNumber === "string" ? rawNumber.trim() : "", ...readRect(reader, value, path) };
  if (value.type !== undefined) {
    if (BOOTH_TYPES.includes(value.type as BoothType)) booth.type = value.type as BoothType;
    else reader.problems.push({ path: `${path}.type`, message: `${label}: type must be one of ${BOOTH_TYPES.join(", ")}, got ${describe(value.type)}` });
  }
  if (value.price !== undefined && value.price !== null && !(typeof value.price === "number" && Number.isFinite(value.price) && value.price >= 0)) {
    reader.problems.push({ path: `${path}.price`, message: `${label}: price must be a number of at least 0, got ${describe(value.price)}` });
  } else if (value.price !== undefined) booth.price = value.price as number | null;
  const currency = readOptionalText(reader, value, "currency", `${path}.currency`);
  const currencyCode = typeof currency === "string" ? currency.trim().toUpperCase() : currency;
  if (typeof currencyCode === "string" && !/^[A-Z]{3}$/.test(currencyCode)) {
    reader.problems.push({ path: `${path}.currency`, message: `${label}: currency must be a three-letter ISO 4217 code such as USD, got "${currency}"` });
  } else if (currencyCode !== undefined) booth.currency = currencyCode;
  const pavilion = readOptionalText(reader, value, "pavilion", `${path}.pavilion`);
  if (pavilion !== undefined) booth.pavilion = pavilion;
  return booth;
};

const readList = <T>(reader: Reader, source: Record<string, unknown>, key: string, readItem: (item: unknown, path: string) => T | null): T[] => {
  const value = source[key];
  if (value === undefined && key === "obstacles") return [];
  if (!Array.isArray(value)) {
    reader.problems.push({ path: key, message: value === undefined ? `${key} is missing` : `${key} must be a list, got ${describe(value)}` });
    return [];
  }
  return value.flatMap((item, index) => {
    const read = readItem(item, `${key}[${index}]`);
    return read === null ? [] : [read];
  });
};

export const readPlanObject = (value: unknown): { plan: HallPlan | null; problems: PlanProblem[] } => {
  const reader: Reader = { problems: [] };
  if (!isRecord(value)) return { plan: null, problems: [{ path: "", message: `Expected a plan object, got ${describe(value)}` }] };
  const plan: HallPlan = {
    width: readNumber(reader, value, "width", "width"),
    height: readNumber(reader, value, "height", "height"),
    entrances: readList(reader, value, "entrances", (item, path) => readPoint(reader, item, path)),
    booths: readList(reader, value, "booths", (item, path) => readBooth(reader, item, path)),
  };
  const obstacles = readList(reader, value, "obstacles", (item, path) => {
    if (isRecord(item)) return readRect(reader, item, path);
    reader.problems.push({ path, message: `Expected an obstacle rectangle, got ${describe(item)}` });
    return null;
  });
  if (obstacles.length > 0) plan.obstacles = obstacles;
  return { plan: reader.problems.length === 0 ? plan : null, problems: reader.problems };
};
