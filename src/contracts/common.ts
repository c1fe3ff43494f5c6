import { z } from "zod";

/** The interface and content languages Hamkori speaks. */
export const LANGUAGES = ["en", "ru", "tg", "ky"] as const;
export const ZLanguage = z.enum(LANGUAGES);
export type TLanguage = z.infer<typeof ZLanguage>;

// Markup is never meant to be stored: text is rendered as text everywhere, and refusing tags
// up front keeps injected HTML out of exports, e-mails and third-party consumers of the API.
const MARKUP = /<\s*\/?\s*[a-z!?]/i;
// Control characters other than tab and line breaks have no place in text and break storage.
const hasControlCharacter = (value: string) =>
  [...value].some((char) => {
    const code = char.charCodeAt(0);
    return (code < 32 && char !== "\t" && char !== "\n" && char !== "\r") || code === 127;
  });

/** Plain text without markup, trimmed, with a length limit. */
export const zText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .refine((value) => !MARKUP.test(value), { message: "Markup such as HTML tags is not allowed" })
    .refine((value) => !hasControlCharacter(value), { message: "Control characters are not allowed" });

/** A text written in one or more of the four languages; at least one must be filled in. */
export const zLocalizedText = (max: number) =>
  z
    .object({
      en: zText(max).optional(),
      ru: zText(max).optional(),
      tg: zText(max).optional(),
      ky: zText(max).optional(),
    })
    .strict();

export const zRequiredLocalizedText = (max: number) =>
  zLocalizedText(max).refine((value) => Object.values(value).some((text) => text && text.length > 0), {
    message: "Fill in at least one language",
  });

export type TLocalizedText = Partial<Record<TLanguage, string>>;

export const ZCountryCode = z.string().regex(/^[A-Z]{2}$/, "Use an ISO 3166-1 alpha-2 code such as TJ");
export const ZRegionCode = z.string().regex(/^[A-Z]{2}-[A-Z0-9]{1,3}$/, "Use an ISO 3166-2 code such as RU-TA");
export const ZCurrencyCode = z.string().regex(/^[A-Z]{3}$/, "Use an ISO 4217 code such as TJS");
export const ZHsCode = z.string().regex(/^\d{2}(\d{2}(\d{2})?)?$/, "Use an HS code of 2, 4 or 6 digits");
/** Identifiers in paths and filters: UUIDs and similar tokens, nothing else. */
export const ZId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, "Not a valid identifier");

/** A yes/no query parameter: "true"/"1" or "false"/"0" (z.coerce.boolean would read "false" as true). */
export const zQueryFlag = () => z.enum(["true", "false", "1", "0"], "Use true or false").transform((value) => value === "true" || value === "1");

export const ZPageQuery = z.object({
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

export const zPage = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item), nextCursor: z.string().nullable(), total: z.number().int() });

/** RFC 9457 problem details, with a stable machine-readable `code`. */
export const ZProblem = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  code: z.string(),
  detail: z.string().optional(),
  errors: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
});
export type TProblem = z.infer<typeof ZProblem>;
