import type { TLanguage } from "../../../../contracts/common";
import type { TMe } from "../../../../contracts/directory";
import { FORUM_PARTY_ROLES, type TForum, type TForumInput } from "../../../../contracts/exhibitions";
import { compactLocalized, fullLocalized } from "../../../ui/localized";
import { managesOrganization } from "../../account/session";

type Texts = Record<TLanguage, string>;
export type PartyRole = (typeof FORUM_PARTY_ROLES)[number];
export const PARTY_ROLES = FORUM_PARTY_ROLES;
export type PartyValues = { role: PartyRole; name: Texts };

export type ForumFormValues = {
  name: Texts;
  description: Texts;
  startsOn: string;
  endsOn: string;
  timeZone: string;
  venueName: Texts;
  city: string;
  country: string | null;
  address: string;
  organizerOrganizationId: string | null;
  parties: PartyValues[];
  registrationOpen: boolean;
  applicationsOpen: boolean;
  published: boolean;
};

export const emptyParty = (): PartyValues => ({ role: "partner", name: fullLocalized(null) });

/** The organisation to preselect: the user's only one they may run a forum for, if there is just one. */
export function onlyManagedOrganization(me: TMe): string | null {
  const managed = me.memberships.filter(managesOrganization);
  return managed.length === 1 ? managed[0].organizationId : null;
}

export function toFormValues(forum?: TForum, organizerOrganizationId: string | null = null): ForumFormValues {
  return {
    name: fullLocalized(forum?.name),
    description: fullLocalized(forum?.description),
    startsOn: forum?.startsOn ?? "",
    endsOn: forum?.endsOn ?? "",
    timeZone: forum?.timeZone ?? "Asia/Dushanbe",
    venueName: fullLocalized(forum?.venue.name),
    city: forum?.venue.city ?? "",
    country: forum?.venue.country ?? "TJ",
    address: forum?.venue.address ?? "",
    organizerOrganizationId: forum?.organizer.id ?? organizerOrganizationId,
    parties: (forum?.parties ?? []).map((party) => ({ role: party.role, name: fullLocalized(party.name) })),
    registrationOpen: forum?.registrationOpen ?? true,
    applicationsOpen: forum?.applicationsOpen ?? true,
    published: forum ? forum.status === "published" : false,
  };
}

/** What both creating and editing send; the organiser is chosen only when creating. */
export function toFields(values: ForumFormValues) {
  const address = values.address.trim();
  return {
    name: compactLocalized(values.name),
    description: compactLocalized(values.description),
    startsOn: values.startsOn,
    endsOn: values.endsOn,
    timeZone: values.timeZone,
    venue: { name: compactLocalized(values.venueName), city: values.city.trim(), country: values.country ?? "", ...(address ? { address } : {}) },
    parties: values.parties.map((party) => ({ role: party.role, name: compactLocalized(party.name) })),
    registrationOpen: values.registrationOpen,
    applicationsOpen: values.applicationsOpen,
    status: values.published ? ("published" as const) : ("draft" as const),
  };
}

export function toInput(values: ForumFormValues): TForumInput {
  return { ...toFields(values), organizerOrganizationId: values.organizerOrganizationId ?? "" };
}

const filled = (texts: Texts) => Object.values(texts).some((text) => text.trim().length > 0);

export function validateForum(values: ForumFormValues, t: (key: string) => string, creating: boolean): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!filled(values.name)) errors.name = t("validation.oneLanguage");
  if (!filled(values.venueName)) errors.venueName = t("validation.oneLanguage");
  if (!values.startsOn) errors.startsOn = t("validation.required");
  if (!values.endsOn) errors.endsOn = t("validation.required");
  if (values.startsOn && values.endsOn && values.endsOn < values.startsOn) errors.endsOn = t("forums.form.endsBeforeStart");
  if (!values.city.trim()) errors.city = t("validation.required");
  if (!values.country) errors.country = t("validation.required");
  if (creating && !values.organizerOrganizationId) errors.organizerOrganizationId = t("forums.form.chooseOrganizer");
  values.parties.forEach((party, index) => {
    if (!filled(party.name)) errors[`parties.${index}.name`] = t("validation.oneLanguage");
  });
  return errors;
}

/** The server names venue fields inside `venue`; the form keeps them flat. */
export function renameForumField(field: string): string {
  const path = field.replace(/^(body|querystring|params)\./, "");
  if (path === "venue.name" || path.startsWith("venue.name.")) return path.replace("venue.name", "venueName");
  if (path.startsWith("venue.")) return path.slice("venue.".length);
  if (path === "status") return "published";
  return path;
}
