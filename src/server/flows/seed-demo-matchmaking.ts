import type { TLanguage, TLocalizedText } from "../../contracts/common";
import type { TMatchmakingSettingsInput, TMatchReason, TParticipantCategory, TProfileInput } from "../../contracts/matchmaking";
import { readDataFile } from "../modules/directory";
import { meetings, participants, profiles, recommendations, requests, scheduling, settings } from "../modules/matchmaking";
import type { SessionUser } from "../platform/auth";
import type { AppContext } from "../platform/context";
import { findJob } from "../platform/jobs.repository";
import { seedDemoBuyers } from "./seed-demo-buyers";
import type { DemoDirectory } from "./seed-demo-forum";

type DemoMatchmaking = {
  settings: TMatchmakingSettingsInput;
  participants: { organization: string; category: TParticipantCategory }[];
  requests: {
    perOrganization: number;
    /** A suggestion is asked only if one of its reasons is of these kinds (something to trade or build together). */
    reasons: TMatchReason["kind"][];
    accepted: number;
    declined: number;
    cancelled: number;
    declineReasons: TLocalizedText;
  };
  profiles: (Omit<TProfileInput, "kind"> & { organization: string; kind: TProfileInput["kind"] })[];
};

/** The language a company of this country writes its requests in. */
const WRITES_IN: Record<string, TLanguage> = { TJ: "tg", KG: "ky", RU: "ru" };
const MESSAGES: Record<TLanguage, string> = {
  en: "Good afternoon! Your products match what we are looking for. Could we meet at the forum to discuss supplies and cooperation?",
  ru: "Добрый день! Ваша продукция совпадает с тем, что мы ищем. Предлагаем встретиться на форуме и обсудить поставки и сотрудничество.",
  tg: "Рӯзи хуш! Маҳсулоти шумо ба он чизе, ки мо меҷӯем, мувофиқ аст. Пешниҳод мекунем, ки дар форум вохӯрем ва таъминот ва ҳамкориро муҳокима кунем.",
  ky: "Кутман күн! Силердин продукция биз издеген нерсеге туура келет. Форумда жолугуп, жеткирүү жана кызматташтык тууралуу сүйлөшөлү.",
};

// A fixed sequence instead of Math.random: the demo is the same on every machine.
const share = (index: number) => ((index * 7919) % 100) / 100;

/**
 * B2B meetings of the demo forum, through the same services people use: profiles, the buyers and
 * investors who come without a booth, requests chosen from each company's own recommendations,
 * answers, then the scheduler's draft published, and (the forum being over) attendance and
 * outcomes recorded as the organisers' desk would have. Returns what the buyers added.
 */
export async function seedDemoMatchmaking(
  appCtx: AppContext,
  directory: DemoDirectory,
  forumId: string,
  organiser: SessionUser,
  passwordHash: string,
  progress: (line: string) => void,
) {
  // Mail is off as for the forum: requests and schedules would only write to invented people.
  const ctx: AppContext = { ...appCtx, mailer: { send: async () => {} } };
  const data = readDataFile<DemoMatchmaking>("demo/matchmaking.json");
  const org = (key: string) => {
    const found = directory.organizations.get(key);
    if (!found) throw new Error(`demo/matchmaking.json names an unknown organisation: ${key}`);
    return found;
  };
  await settings.saveMatchmakingSettings(ctx, organiser, forumId, data.settings);
  for (const entry of data.participants) {
    await participants.joinMatchmaking(ctx, organiser, forumId, { organizationId: org(entry.organization).id, category: entry.category });
  }
  for (const { organization, ...profile } of data.profiles) await profiles.createProfile(ctx, org(organization).owner, org(organization).id, profile);
  const buyers = await seedDemoBuyers(ctx, directory, forumId, organiser, passwordHash);
  progress(`${buyers.organizations} buyers and investors joined, ${data.profiles.length + buyers.profiles} cooperation profiles`);

  const companies = [...directory.organizations.values()];
  const byId = new Map(companies.map((c) => [c.id, c]));
  const sent = [];
  for (const company of companies) {
    // The organiser's own company does not take part, so it has no recommendations.
    const listed = await recommendations.listRecommendations(ctx, company.owner, forumId, { organization: company.id, limit: 20 }).catch(() => ({ items: [] }));
    for (const suggestion of listed.items.slice(0, data.requests.perOrganization)) {
      if (suggestion.requestStatus || !suggestion.reasons.some((r) => data.requests.reasons.includes(r.kind))) continue;
      const request = await requests
        .createRequest(ctx, company.owner, {
          forumId,
          fromOrganizationId: company.id,
          toOrganizationId: suggestion.participant.organizationId,
          message: MESSAGES[WRITES_IN[company.country] ?? "ru"],
          preferredStartsAt: null,
        })
        .catch(() => null); // a full cap is part of the demo too
      if (request) sent.push(request);
    }
  }

  let accepted = 0;
  for (const [index, request] of sent.entries()) {
    const recipient = byId.get(request.to.organizationId);
    const requester = byId.get(request.from.organizationId);
    if (!recipient || !requester) continue;
    const roll = share(index);
    const { accepted: a, declined: d, cancelled: c } = data.requests;
    if (roll < a) {
      const answered = await requests.acceptRequest(ctx, recipient.owner, request.id, {}).catch(() => null);
      if (answered) accepted++;
    } else if (roll < a + d) {
      const language = WRITES_IN[recipient.country] ?? "ru";
      await requests.declineRequest(ctx, recipient.owner, request.id, { reason: data.requests.declineReasons[language] ?? "" }).catch(() => null);
    } else if (roll < a + d + c) {
      await requests.cancelRequest(ctx, requester.owner, request.id).catch(() => null);
    }
  }
  progress(`${sent.length} meeting requests, ${accepted} accepted`);

  const { runId, jobId } = await scheduling.startScheduleRun(ctx, organiser, forumId, { fairness: 2, timeLimitSeconds: 10 });
  for (;;) {
    const job = await findJob(ctx.database.db, jobId);
    if (job?.status === "done") break;
    if (!job || job.status === "failed" || job.status === "cancelled") throw new Error(`The demo schedule run failed: ${job?.message ?? "job vanished"}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const published = await scheduling.publishScheduleRun(ctx, organiser, forumId, runId, { warn: () => {} });
  progress(`schedule published: ${published.published} meetings`);

  // The forum is over: most meetings were held, some not, and companies noted how they went.
  const agenda = await scheduling.listPublishedMeetingIds(ctx.database.db, forumId);
  let outcomes = 0;
  for (const [index, meeting] of agenda.entries()) {
    const roll = share(index + 13);
    const attendance = roll < 0.82 ? "held" : roll < 0.92 ? "no_show" : "cancelled";
    await meetings.setAttendance(ctx, organiser, meeting.id, { attendance });
    if (attendance !== "held") continue;
    const host = byId.get(meeting.hostOrganizationId);
    if (!host) continue;
    const outcome = roll < 0.25 ? "deal_expected" : roll < 0.6 ? "follow_up" : "no_interest";
    const value = outcome === "deal_expected" ? Math.round((20_000 + share(index + 29) * 480_000) / 1000) * 1000 : null;
    await meetings.recordOutcome(ctx, host.owner, meeting.id, { organizationId: host.id, outcome, value, currency: value ? "USD" : null, note: null });
    outcomes++;
  }
  progress(`${outcomes} meeting outcomes recorded`);
  return buyers;
}
