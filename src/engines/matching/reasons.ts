import type { HsLevel, MatchReason, ProfileKind } from "./types";

/**
 * Plain-English sentences for logs and tests; the web translates reasons itself. `hsName` may
 * name an HS code ("raw silk"); without it codes are shown bare, and value-chain stages are named
 * by their ids ("raw-silk" → "raw silk").
 */
export type HsNamer = (code: string) => string | undefined;

const LANGUAGE_NAMES: Readonly<Record<string, string>> = {
  en: "English",
  ru: "Russian",
  tg: "Tajik",
  ky: "Kyrgyz",
  uz: "Uzbek",
  kk: "Kazakh",
  tt: "Tatar",
  tr: "Turkish",
  zh: "Chinese",
  fa: "Persian",
  de: "German",
  fr: "French",
  ar: "Arabic",
};

const countryNames = new Intl.DisplayNames(["en"], { type: "region" });

function countryName(code: string): string {
  try {
    return countryNames.of(code) ?? code;
  } catch {
    return code;
  }
}

/** "Russia" for RU, "RU-TA (Russia)" for a region. */
function marketName(code: string): string {
  const [country, region] = code.split("-");
  return region ? `${code} (${countryName(country)})` : countryName(code);
}

function listOf(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

const named = (code: string, hsName?: HsNamer) => {
  const name = hsName?.(code);
  return name ? `${name} (HS ${code})` : `HS ${code}`;
};

const stageName = (stageId: string, code: string, hsName?: HsNamer) => `${hsName?.(code) ?? stageId.replace(/-/g, " ")} (HS ${code})`;

const sameLevel = (level: HsLevel) => (level === "subheading" ? "" : `, in the same HS ${level} as`);

const TARGET_VERBS: Record<ProfileKind, [string, string]> = {
  offer: ["they export to", "you export to"],
  request: ["they buy from", "you buy from"],
  partnership: ["they seek partners in", "you seek partners in"],
};

export function explainReason(reason: MatchReason, hsName?: HsNamer): string {
  switch (reason.kind) {
    case "hs-match": {
      const [verb, role] = reason.direction === "they-supply" ? ["supply", "seek"] : ["seek", "supply"];
      if (reason.level === "subheading") return `they ${verb} ${named(reason.theirCode, hsName)} that you ${role}`;
      return `they ${verb} ${named(reason.theirCode, hsName)}${sameLevel(reason.level)} ${named(reason.yourCode, hsName)} that you ${role}`;
    }
    case "partnership":
      return `a partnership proposal links their ${named(reason.theirCode, hsName)} and your ${named(reason.yourCode, hsName)} (same HS ${reason.level})`;
    case "value-chain":
      return reason.direction === "they-supply"
        ? `supplies ${stageName(reason.fromStageId, reason.theirCode, hsName)} that your ${stageName(reason.toStageId, reason.yourCode, hsName)} uses`
        : `their ${stageName(reason.toStageId, reason.theirCode, hsName)} uses ${stageName(reason.fromStageId, reason.yourCode, hsName)} that you supply`;
    case "sector":
      return `both work in ${listOf(reason.sectors)}`;
    case "text":
      return `similar descriptions (${listOf(reason.sharedTerms)}; similarity ${reason.score})`;
    case "language":
      return `both speak ${listOf(reason.languages.map((code) => LANGUAGE_NAMES[code] ?? code))}`;
    case "target-market": {
      const [theirs, yours] = TARGET_VERBS[reason.profileKind];
      return reason.direction === "they-target-you"
        ? `${theirs} ${marketName(reason.market)}, where you are`
        : `${yours} ${marketName(reason.market)}, where they are`;
    }
    case "cross-border":
      return `a partner across the border, in ${countryName(reason.theirCountry)}`;
  }
}
