import en from "./en.json";
import ky from "./ky.json";
import ru from "./ru.json";
import tg from "./tg.json";

type Tree = { [key: string]: string | Tree };

// Each feature area keeps its texts in `parts/<area>.<language>.json` (top-level keys of their
// own), so areas can grow without everyone editing one large file.
const parts = import.meta.glob<Tree>("./parts/*.json", { eager: true, import: "default" });

function withParts(language: string, base: Tree): Tree {
  const merged: Tree = { ...base };
  for (const [file, tree] of Object.entries(parts)) {
    if (!file.endsWith(`.${language}.json`)) continue;
    for (const [key, value] of Object.entries(tree)) {
      if (key in merged) throw new Error(`Translation key "${key}" of ${file} is defined twice`);
      merged[key] = value;
    }
  }
  return merged;
}

/** Every language's full translation tree: the base file plus every area's part. */
export const translations = {
  en: withParts("en", en),
  ru: withParts("ru", ru),
  tg: withParts("tg", tg),
  ky: withParts("ky", ky),
} as const;
