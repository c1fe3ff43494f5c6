import type { TLanguage } from "../../../../contracts/common";
import type { TOrganization, TOrganizationInput } from "../../../../contracts/directory";
import { compactLocalized, fullLocalized } from "../../../ui/localized";

type Localized = Record<TLanguage, string>;
export type OrganizationSize = NonNullable<TOrganization["size"]>;

export type OrganizationFormValues = {
  legalName: Localized;
  shortName: Localized;
  country: string | null;
  region: string | null;
  city: string;
  address: string;
  website: string;
  sectors: string[];
  languages: string[];
  size: OrganizationSize | null;
  description: Localized;
};

export function toFormValues(org?: TOrganization): OrganizationFormValues {
  return {
    legalName: fullLocalized(org?.legalName),
    shortName: fullLocalized(org?.shortName),
    country: org?.country ?? null,
    region: org?.region ?? null,
    city: org?.city ?? "",
    address: org?.address ?? "",
    website: org?.website ?? "",
    sectors: org?.sectors ?? [],
    languages: org?.languages ?? [],
    size: org?.size ?? null,
    description: fullLocalized(org?.description),
  };
}

export function toInput(values: OrganizationFormValues): TOrganizationInput {
  return {
    legalName: compactLocalized(values.legalName),
    shortName: compactLocalized(values.shortName),
    country: values.country ?? "",
    region: values.region || null,
    city: values.city.trim(),
    address: values.address.trim(),
    website: values.website.trim() || null,
    sectors: values.sectors,
    languages: values.languages,
    size: values.size,
    description: compactLocalized(values.description),
  };
}

type Translate = (key: string, options?: Record<string, unknown>) => string;

/** The server's rules, repeated so mistakes show before a round trip. */
export function validateOrganization(values: OrganizationFormValues, t: Translate): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!Object.values(values.legalName).some((v) => v.trim())) errors.legalName = t("validation.oneLanguage");
  if (!values.country) errors.country = t("validation.required");
  const website = values.website.trim();
  if (website && !/^https?:\/\/[^\s/]+\.[^\s]+$/i.test(website)) errors.website = t("validation.url");
  if (values.city.length > 100) errors.city = t("validation.tooLong", { max: 100 });
  if (values.address.length > 300) errors.address = t("validation.tooLong", { max: 300 });
  return errors;
}
