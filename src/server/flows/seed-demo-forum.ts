import { randomUUID } from "node:crypto";
import type { TLanguage, TLocalizedText } from "../../contracts/common";
import type { TVisitorCategory } from "../../contracts/exhibitions";
import { readDataFile } from "../modules/directory";
import { applications, checkIns, floorPlans, forums, programme, registrations, staff, tours } from "../modules/exhibitions";
import type { SessionUser } from "../platform/auth";
import type { AppContext } from "../platform/context";

type Rect = { x: number; y: number; width: number; height: number };
type DemoForum = {
  forum: {
    name: TLocalizedText;
    description: TLocalizedText;
    startsOn: string;
    endsOn: string;
    timeZone: string;
    venue: { name: TLocalizedText; city: string; country: string; address?: string };
    organizer: string;
    parties: { role: "organiser" | "backer" | "partner" | "sponsor"; name: TLocalizedText; organization?: string }[];
    registrationOpen: boolean;
  };
  pavilions: { key: string; kind: "national" | "thematic"; country?: string; color: string; name: TLocalizedText }[];
  halls: {
    key: string;
    name: TLocalizedText;
    width: number;
    height: number;
    entrances: { x: number; y: number }[];
    obstacles?: Rect[];
    booths: (Rect & { number: string; price?: number; currency?: string; type?: "inline" | "corner" | "peninsula" | "island"; pavilion?: string })[];
  }[];
  exhibitors: { organization: string; booth: string; products: "all" | number[]; staff: number[] }[];
  programme: { title: TLocalizedText; room: string; startsAt: string; endsAt: string; speakers: string[]; language: string }[];
  tours: { name: TLocalizedText; hall: string; startsAt: string; minutesPerStop: number; stops: string[]; note: TLocalizedText }[];
  visitors: {
    fullName: string;
    organization: string | null;
    country: string;
    category: Exclude<TVisitorCategory, "exhibitor_staff">;
    email: string;
    language: TLanguage;
    registeredAt: string;
    checkedInAt: string | null;
  }[];
};

/** What the directory part of the demo created, by the keys of data/demo/world.json. */
export type DemoDirectory = {
  organizations: Map<
    string,
    { id: string; owner: SessionUser; name: TLocalizedText; country: string; productIds: string[]; people: { name: string; email: string }[] }
  >;
};

const SCAN_BATCH = 200;

/**
 * Loads the Dushanbe forum of data/demo/forum.json through the same services people use, so the
 * demo obeys every rule (booths held once, sessions without clashes, routes through the aisles).
 * Mail is switched off: it would only fill the outbox with letters to invented people.
 */
export async function seedDemoForum(appCtx: AppContext, directory: DemoDirectory, progress: (line: string) => void) {
  const ctx: AppContext = { ...appCtx, mailer: { send: async () => {} } };
  const data = readDataFile<DemoForum>("demo/forum.json");
  const org = (key: string) => {
    const found = directory.organizations.get(key);
    if (!found) throw new Error(`demo/forum.json names an unknown organisation: ${key}`);
    return found;
  };
  const organiser = org(data.forum.organizer).owner;
  const { organizer, parties, ...details } = data.forum;
  const forum = await forums.createForum(ctx, organiser, {
    ...details,
    organizerOrganizationId: org(organizer).id,
    parties: parties.map((p) => ({ role: p.role, name: p.name, organizationId: p.organization ? org(p.organization).id : null })),
    applicationsOpen: true,
    status: "published",
  });
  progress(`forum ${forum.id}`);

  const pavilionIds = new Map<string, string>();
  for (const { key, ...pavilion } of data.pavilions) pavilionIds.set(key, (await floorPlans.createPavilion(ctx, organiser, forum.id, pavilion)).id);
  const halls = new Map<string, string>();
  const boothIds = new Map<string, string>();
  for (const hall of data.halls) {
    const created = await floorPlans.createHall(ctx, organiser, forum.id, {
      name: hall.name,
      width: hall.width,
      height: hall.height,
      entrances: hall.entrances,
      obstacles: hall.obstacles ?? [],
    });
    const saved = await floorPlans.saveHallPlan(ctx, organiser, created.id, {
      width: hall.width,
      height: hall.height,
      entrances: hall.entrances,
      obstacles: hall.obstacles ?? [],
      booths: hall.booths.map(({ pavilion, ...booth }) => ({ ...booth, pavilionId: pavilion ? pavilionIds.get(pavilion) : null })),
    });
    halls.set(hall.key, saved.id);
    for (const booth of saved.booths) boothIds.set(booth.number, booth.id);
  }
  progress(`${data.halls.length} halls, ${boothIds.size} booths`);

  for (const session of data.programme) await programme.addSession(ctx, organiser, forum.id, { ...session, description: {} });

  let exhibitors = 0;
  for (const entry of data.exhibitors) {
    const company = org(entry.organization);
    const productIds = entry.products === "all" ? [] : entry.products.map((i) => company.productIds[i]).filter(Boolean);
    const applied = await applications.applyToForum(ctx, company.owner, forum.id, {
      organizationId: company.id,
      kind: "booth",
      boothId: boothIds.get(entry.booth),
      productIds,
      message: "",
    });
    await applications.decideApplication(ctx, organiser, applied.id, { status: "approved", message: "" });
    for (const index of entry.staff) {
      const person = company.people[index];
      if (!person) continue;
      await staff.addStaff(
        ctx,
        company.owner,
        applied.id,
        { fullName: person.name, email: person.email, organizationName: null, country: company.country, language: "ru" },
        { warn: () => {} },
      );
    }
    exhibitors++;
  }
  progress(`${exhibitors} exhibitors on their booths`);

  for (const tour of data.tours) {
    await tours.createTour(ctx, organiser, forum.id, {
      name: tour.name,
      note: tour.note,
      hallId: halls.get(tour.hall) as string,
      startsAt: tour.startsAt,
      minutesPerStop: tour.minutesPerStop,
      entrance: 0,
      boothIds: tour.stops.map((number) => boothIds.get(number) as string),
    });
  }

  const scans = [];
  for (const visitor of data.visitors) {
    const row = await registrations.insertWithBadgeCode(ctx, {
      forumId: forum.id,
      fullName: visitor.fullName,
      email: visitor.email,
      organizationName: visitor.organization,
      country: visitor.country,
      language: visitor.language,
      category: visitor.category,
      source: "demo",
      createdAt: new Date(visitor.registeredAt),
    });
    if (visitor.checkedInAt) scans.push({ scanId: randomUUID(), code: row.badgeCode, scannedAt: visitor.checkedInAt, deviceId: "demo-door" });
  }
  for (let i = 0; i < scans.length; i += SCAN_BATCH) await checkIns.recordScans(ctx, organiser, forum.id, { scans: scans.slice(i, i + SCAN_BATCH) });
  progress(`${data.visitors.length} visitors, ${scans.length} checked in`);
  return { forumId: forum.id, organizerKey: data.forum.organizer, exhibitors, visitors: data.visitors.length };
}
