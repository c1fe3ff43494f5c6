import type { TLanguage } from "../../../../contracts/common";
import type { TDealInput } from "../../../../contracts/cooperation";

/** The new-deal form as people fill it in: one title in their language, partners one by one, codes as text. */
export type DealFormValues = {
  kind: TDealInput["kind"];
  title: string;
  description: string;
  myOrganization: string | null;
  partner1: string | null;
  partner2: string | null;
  sharedWith: string | null;
  stage: TDealInput["stage"];
  value: number | string;
  currency: string;
  usdRate: number | string;
  rateDate: string;
  hsCodes: string;
  location: string;
  jurisdiction: string;
  yearlyCapacity: string;
  investmentUsd: number | string;
  jobs: number | string;
  startDate: string;
  /** Where the deal came from: an opportunity's id, or a meeting's. */
  origin: { type: "meeting" | "opportunity"; ref: string } | null;
};

const numberOrNull = (value: number | string) => (value === "" || value === null ? null : Number(value));
const textOrNull = (value: string) => (value.trim() === "" ? null : value.trim());

export function toDealInput(values: DealFormValues, language: TLanguage): TDealInput {
  const parties = [values.myOrganization, values.partner1, values.partner2].filter((id): id is string => Boolean(id));
  const valued = numberOrNull(values.value);
  const currency = textOrNull(values.currency)?.toUpperCase() ?? null;
  return {
    kind: values.kind,
    title: { [language]: values.title.trim() },
    description: values.description.trim() ? { [language]: values.description.trim() } : {},
    parties: [...new Set(parties)],
    sharedWith: values.sharedWith ? [values.sharedWith] : [],
    stage: values.stage,
    dropReason: null,
    value: valued,
    currency: valued === null ? null : currency,
    usdRate: valued === null || currency === "USD" ? null : numberOrNull(values.usdRate),
    rateDate: valued === null || currency === "USD" ? null : textOrNull(values.rateDate),
    hsCodes: values.hsCodes
      .split(/[\s,;]+/)
      .map((code) => code.replace(/\./g, ""))
      .filter(Boolean),
    facility:
      values.kind === "joint_venture" && values.location.trim()
        ? {
            location: values.location.trim(),
            jurisdiction: textOrNull(values.jurisdiction)?.toUpperCase() ?? null,
            yearlyCapacity: textOrNull(values.yearlyCapacity),
            investmentUsd: numberOrNull(values.investmentUsd),
            jobs: numberOrNull(values.jobs),
            startDate: textOrNull(values.startDate),
          }
        : null,
    origin: values.origin,
  };
}

/** Where the server's field errors belong in this form. */
export function formFieldOf(field: string): string | null {
  if (field === "parties.0") return "myOrganization";
  if (field === "parties" || field.startsWith("parties.")) return field === "parties.2" ? "partner2" : "partner1";
  if (field.startsWith("sharedWith")) return "sharedWith";
  if (field.startsWith("hsCodes")) return "hsCodes";
  if (field === "title" || field.startsWith("title.")) return "title";
  if (field.startsWith("facility.")) return field.slice("facility.".length);
  if (field === "facility") return "location";
  return field;
}
