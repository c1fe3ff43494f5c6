import type { TLanguage } from "../../contracts/common";

/** The interface languages, in the order the switcher lists them. */
export const UI_LANGUAGES: readonly TLanguage[] = ["en", "ru", "tg", "ky"];

/** Each language names itself, so a person who cannot read the current one still finds theirs. */
export const LANGUAGE_LABELS: Record<TLanguage, string> = {
  en: "English",
  ru: "Русский",
  tg: "Тоҷикӣ",
  ky: "Кыргызча",
};

export const STORAGE_KEY = "hamkori.lang";

export function isUiLanguage(value: unknown): value is TLanguage {
  return typeof value === "string" && (UI_LANGUAGES as readonly string[]).includes(value);
}

/** The stored choice, else the first browser language we speak, else English. */
export function detectLanguage(): TLanguage {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    if (isUiLanguage(stored)) return stored;
  } catch {
    // Storage can be blocked (private modes); the browser language still works.
  }
  for (const tag of navigator.languages ?? [navigator.language]) {
    const base = tag.toLowerCase().split("-")[0];
    if (isUiLanguage(base)) return base;
  }
  return "en";
}
