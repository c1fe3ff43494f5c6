import i18n from "i18next";
import { initReactI18next } from "react-i18next";
import type { TLanguage } from "../../contracts/common";
import { detectLanguage, isUiLanguage, STORAGE_KEY } from "./languages";
import { translations } from "./resources";

export const resources = {
  en: { translation: translations.en },
  ru: { translation: translations.ru },
  tg: { translation: translations.tg },
  ky: { translation: translations.ky },
} as const;

// Screen readers and hyphenation follow <html lang>, so it tracks every switch.
function reflectLanguage(language: string) {
  document.documentElement.lang = language;
}

/** Switches the interface and remembers the choice on this device, also when signed out. */
export async function switchLanguage(language: TLanguage): Promise<void> {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Not remembering the choice is acceptable; failing to switch is not.
  }
  await i18n.changeLanguage(language);
}

i18n.on("languageChanged", reflectLanguage);

void i18n.use(initReactI18next).init({
  resources,
  lng: detectLanguage(),
  fallbackLng: "en",
  supportedLngs: ["en", "ru", "tg", "ky"],
  interpolation: { escapeValue: false }, // React escapes already
  returnNull: false,
});
reflectLanguage(i18n.language);

/** The current interface language, narrowed to the four we ship. */
export function currentLanguage(): TLanguage {
  return isUiLanguage(i18n.language) ? i18n.language : "en";
}

export { i18n };
