import type { TLanguage } from "../../../../../contracts/common";
import type { PARTNERSHIP_TYPES, TProfile, TProfileInput, TProfileKind } from "../../../../../contracts/matchmaking";
import { compactLocalized, fullLocalized } from "../../../../ui/localized";

type Localized = Record<TLanguage, string>;
export type PartnershipType = (typeof PARTNERSHIP_TYPES)[number];
export type QuantityPeriod = "month" | "year";

export type ProfileFormValues = {
  kind: TProfileKind;
  partnershipType: PartnershipType | null;
  title: Localized;
  description: Localized;
  hsCodes: string[];
  // NumberInput reports "" while empty, a number otherwise.
  quantity: number | string;
  quantityUnit: string;
  quantityPeriod: QuantityPeriod | null;
  exportReady: boolean;
  certificates: string[];
  targetMarkets: string[];
  languages: string[];
  /** "" while empty: date inputs speak strings. */
  validFrom: string;
  validUntil: string;
};

/** The contract's limits, repeated here so the form says so before a round trip. */
export const PROFILE_LIMITS = { title: 200, description: 4000, hsCodes: 20, unit: 20, certificates: 20, certificate: 80, markets: 30, languages: 10 };

export function toFormValues(profile?: TProfile): ProfileFormValues {
  return {
    kind: profile?.kind ?? "offer",
    partnershipType: profile?.partnershipType ?? null,
    title: fullLocalized(profile?.title),
    description: fullLocalized(profile?.description),
    hsCodes: profile?.hsCodes ?? [],
    quantity: profile?.quantity ?? "",
    quantityUnit: profile?.quantityUnit ?? "",
    quantityPeriod: profile?.quantityPeriod ?? null,
    exportReady: profile?.exportReady ?? false,
    certificates: profile?.certificates ?? [],
    targetMarkets: profile?.targetMarkets ?? [],
    languages: profile?.languages ?? [],
    validFrom: profile?.validFrom ?? "",
    validUntil: profile?.validUntil ?? "",
  };
}

const hasNumber = (value: number | string) => value !== "" && value !== null && !Number.isNaN(Number(value));
const orNull = (text: string) => text.trim() || null;

export function toInput(values: ProfileFormValues): TProfileInput {
  const partnership = values.kind === "partnership";
  const quantity = hasNumber(values.quantity) ? Number(values.quantity) : null;
  return {
    kind: values.kind,
    // The server refuses a type on offers and requests; one chosen before switching kind is dropped.
    partnershipType: partnership ? values.partnershipType : null,
    title: compactLocalized(values.title),
    description: compactLocalized(values.description),
    hsCodes: values.hsCodes,
    quantity,
    // A unit or period without an amount says nothing.
    quantityUnit: quantity === null ? null : orNull(values.quantityUnit),
    quantityPeriod: quantity === null ? null : values.quantityPeriod,
    exportReady: values.exportReady,
    certificates: values.certificates.map((c) => c.trim()).filter(Boolean),
    targetMarkets: values.targetMarkets,
    languages: values.languages,
    validFrom: orNull(values.validFrom),
    validUntil: orNull(values.validUntil),
  };
}

type Translate = (key: string, options?: Record<string, unknown>) => string;
const MARKUP = /<\s*\/?\s*[a-z!?]/i;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const LANGUAGES: TLanguage[] = ["en", "ru", "tg", "ky"];

/** The server's rules for a cooperation profile, checked beside their inputs. */
export function validateProfile(values: ProfileFormValues, t: Translate): Record<string, string> {
  const errors: Record<string, string> = {};
  const key = (name: string, options?: Record<string, unknown>) => t(`matchmaking.profileForm.errors.${name}`, options);
  if (!LANGUAGES.some((language) => values.title[language].trim())) errors.title = t("validation.oneLanguage");
  for (const field of ["title", "description"] as const) {
    for (const language of LANGUAGES) {
      const text = values[field][language];
      if (text.length > PROFILE_LIMITS[field]) errors[`${field}.${language}`] = key("tooLong", { max: PROFILE_LIMITS[field] });
      else if (MARKUP.test(text)) errors[`${field}.${language}`] = key("markup");
    }
  }
  if (values.kind === "partnership" && !values.partnershipType) errors.partnershipType = key("partnershipType");
  if (values.kind !== "partnership" && values.hsCodes.length === 0) errors.hsCodes = key("hsRequired");
  if (values.hsCodes.length > PROFILE_LIMITS.hsCodes) errors.hsCodes = key("tooMany", { max: PROFILE_LIMITS.hsCodes });
  if (hasNumber(values.quantity)) {
    const quantity = Number(values.quantity);
    if (quantity <= 0 || quantity > 1e12) errors.quantity = key("quantity");
    if (values.quantityUnit.trim().length > PROFILE_LIMITS.unit) errors.quantityUnit = key("tooLong", { max: PROFILE_LIMITS.unit });
    else if (MARKUP.test(values.quantityUnit)) errors.quantityUnit = key("markup");
  }
  if (values.certificates.length > PROFILE_LIMITS.certificates) errors.certificates = key("tooMany", { max: PROFILE_LIMITS.certificates });
  else if (values.certificates.some((c) => c.trim().length > PROFILE_LIMITS.certificate))
    errors.certificates = key("tooLong", { max: PROFILE_LIMITS.certificate });
  else if (values.certificates.some((c) => MARKUP.test(c))) errors.certificates = key("markup");
  if (values.targetMarkets.length > PROFILE_LIMITS.markets) errors.targetMarkets = key("tooMany", { max: PROFILE_LIMITS.markets });
  if (values.languages.length > PROFILE_LIMITS.languages) errors.languages = key("tooMany", { max: PROFILE_LIMITS.languages });
  for (const field of ["validFrom", "validUntil"] as const) {
    const value = values[field];
    if (value && (!DATE.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`)))) errors[field] = key("date");
  }
  if (!errors.validFrom && !errors.validUntil && values.validFrom && values.validUntil && values.validFrom > values.validUntil) {
    errors.validUntil = key("dateOrder");
  }
  return errors;
}
