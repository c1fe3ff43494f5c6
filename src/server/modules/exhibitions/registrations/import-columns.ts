import { LANGUAGES, type TLanguage } from "../../../../contracts/common";
import { type TVisitorCategory, VISITOR_CATEGORIES } from "../../../../contracts/exhibitions";
import { toSearchKey } from "../../../../engines/transliteration";
import type { ReferenceData } from "../../directory";
import { CATEGORY_LABELS } from "./badge-labels";

export const IMPORT_FIELDS = ["fullName", "email", "organizationName", "jobTitle", "country", "category", "language"] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];
export const REQUIRED_FIELDS: ImportField[] = ["fullName", "email", "country"];

/** Headers and values as people type them: case, spaces, dots, dashes and ё do not matter. */
export const foldKey = (text: string) =>
  text
    .toLowerCase()
    .replace(/ё/g, "е")
    .replace(/[^\p{L}\p{N}]/gu, "");

/** The first alias of each is the one named in messages. */
const HEADER_ALIASES: Record<ImportField, string[]> = {
  fullName: ["full name", "name", "фио", "имя", "полное имя"],
  email: ["e-mail", "email", "почта", "электронная почта", "эл. почта"],
  organizationName: ["organisation", "organization", "company", "организация", "компания", "organization name"],
  jobTitle: ["job title", "position", "должность"],
  country: ["country", "страна"],
  category: ["category", "категория"],
  language: ["language", "язык"],
};

const HEADER_FIELDS = new Map(
  Object.entries(HEADER_ALIASES).flatMap(([field, aliases]) => [field, ...aliases].map((alias) => [foldKey(alias), field as ImportField])),
);

export const headerHint = (field: ImportField) => HEADER_ALIASES[field].map((alias) => `"${alias}"`).join(", ");

/** Column position of each field found in the header row; unknown columns are left alone. */
export function mapHeader(header: string[]): { columns: Map<ImportField, number>; duplicated: ImportField[] } {
  const columns = new Map<ImportField, number>();
  const duplicated: ImportField[] = [];
  header.forEach((name, index) => {
    const field = HEADER_FIELDS.get(foldKey(name));
    if (!field) return;
    if (columns.has(field)) duplicated.push(field);
    else columns.set(field, index);
  });
  return { columns, duplicated };
}

const CATEGORY_ALIASES: Record<TVisitorCategory, string[]> = {
  trade_visitor: ["visitor", "trade visitor", "посетитель", "бизнес-посетитель"],
  buyer: ["buyer", "байер", "покупатель", "закупщик"],
  press: ["press", "media", "пресса", "сми", "журналист"],
  vip: ["vip", "вип"],
  delegation: ["delegation", "delegation member", "делегация", "член делегации"],
  exhibitor_staff: ["exhibitor", "exhibitor staff", "экспонент", "стендист"],
};

const CATEGORY_KEYS = new Map(
  VISITOR_CATEGORIES.flatMap((category) =>
    [category, ...CATEGORY_ALIASES[category], ...Object.values(CATEGORY_LABELS[category])].map((alias) => [foldKey(alias), category]),
  ),
);

export const categoryHint = VISITOR_CATEGORIES.map((category) => CATEGORY_LABELS[category].en).join(", ");
export const readCategory = (text: string): TVisitorCategory | undefined => CATEGORY_KEYS.get(foldKey(text));

const LANGUAGE_KEYS = new Map<string, TLanguage>([
  ...LANGUAGES.map((code) => [code, code] as const),
  ...(
    [
      ["english", "en"],
      ["английский", "en"],
      ["russian", "ru"],
      ["русский", "ru"],
      ["tajik", "tg"],
      ["таджикский", "tg"],
      ["тоҷикӣ", "tg"],
      ["kyrgyz", "ky"],
      ["киргизский", "ky"],
      ["кыргызский", "ky"],
      ["кыргызча", "ky"],
    ] as const
  ).map(([name, code]) => [foldKey(name), code] as const),
]);

export const readLanguage = (text: string): TLanguage | undefined => LANGUAGE_KEYS.get(foldKey(text));

/** A reader of country cells (ISO code, or a name in any of our languages), remembering what it resolved. */
export function countryReader(reference: ReferenceData): (text: string) => string | undefined {
  const seen = new Map<string, string | undefined>();
  return (text) => {
    if (!seen.has(text)) seen.set(text, resolveCountry(reference, text));
    return seen.get(text);
  };
}

function resolveCountry(reference: ReferenceData, text: string): string | undefined {
  const code = text.trim().toUpperCase();
  if (/^[A-Z]{2}$/.test(code)) return reference.jurisdictions.isCountry(code) ? code : undefined;
  const key = toSearchKey(text);
  const found = reference.jurisdictions.search({ q: text, kind: "country", limit: 20 });
  // "Congo" starts two names; only an exact name, or a single candidate, is taken as meant.
  const exact = found.find((j) => Object.values(j.names).some((name) => toSearchKey(name) === key));
  return exact?.code ?? (found.length === 1 ? found[0].code : undefined);
}
