import type { TLanguage, TLocalizedText } from "../../../../contracts/common";
import { CATEGORY_COLORS, type TRegistration, type TVisitorCategory } from "../../../../contracts/exhibitions";
import type { AppContext } from "../../../platform/context";
import { formatDateRange, intlLocale, languageOr, pickText } from "../../../platform/i18n";
import type { BadgePrint } from "../badges/badge-pdf";
import { badgeTokenOf } from "./badge-keys";
import { categoryLabel } from "./badge-labels";
import type { ForumRow, RegistrationRow } from "./registration.repository";

type Ctx = Pick<AppContext, "config" | "reference">;

/** "9–11 July 2031 · Dushanbe", with month names and order as the language writes them. */
export function forumDatesText(forum: Pick<ForumRow, "startsOn" | "endsOn" | "venueCity">, language: TLanguage): string {
  return `${formatDateRange(forum.startsOn, forum.endsOn, intlLocale(language))} · ${forum.venueCity}`;
}

/** Relative, so it works behind any proxy; e-mails prefix the public URL. */
export const badgePathOf = (row: Pick<RegistrationRow, "id" | "accessKey">) => `/api/v1/registrations/${row.id}/badge.pdf?key=${row.accessKey}`;

export function toRegistration(ctx: Ctx, row: RegistrationRow, forumName: TLocalizedText): TRegistration {
  return {
    id: row.id,
    forumId: row.forumId,
    forumName,
    fullName: row.fullName,
    email: row.email,
    organizationName: row.organizationName,
    jobTitle: row.jobTitle,
    country: row.country,
    language: row.language,
    category: row.category as TVisitorCategory,
    badgeCode: row.badgeCode,
    badgeToken: badgeTokenOf(ctx, row.forumId, row.badgeCode),
    badgeUrl: badgePathOf(row),
    source: row.source as TRegistration["source"],
    applicationId: row.applicationId,
    checkedInAt: row.checkedInAt?.toISOString() ?? null,
    cancelledAt: row.cancelledAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}

/** What one badge shows, all in the holder's language. */
export function toBadgePrint(ctx: Ctx, row: RegistrationRow, forum: ForumRow): BadgePrint {
  const language = languageOr(row.language);
  const category = row.category as TVisitorCategory;
  return {
    fullName: row.fullName,
    organizationName: row.organizationName,
    country: ctx.reference.jurisdictions.get(row.country)?.names[language] ?? row.country,
    categoryLabel: categoryLabel(category, language),
    categoryColor: CATEGORY_COLORS[category],
    forumName: pickText(forum.name, language),
    forumDates: forumDatesText(forum, language),
    token: badgeTokenOf(ctx, row.forumId, row.badgeCode),
    code: row.badgeCode,
  };
}
