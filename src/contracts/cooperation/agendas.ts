import { z } from "zod";
import { ZCountryCode, ZId, ZRegionCode, zRequiredLocalizedText, zText } from "../common";
import { ZDate } from "../exhibitions/shared";

/** The priority areas cooperation agendas name (the Tajikistan–Tatarstan agenda's list). */
export const PRIORITY_AREAS = [
  "industry",
  "energy",
  "machine_engineering",
  "transport",
  "construction",
  "agriculture",
  "textiles",
  "pharmaceuticals",
  "culture",
  "humanitarian_tourism",
  "education",
] as const;
export const ZPriorityArea = z.enum(PRIORITY_AREAS);
export const ZJurisdictionCode = z.union([ZCountryCode, ZRegionCode]);

export const ZAgendaInput = z
  .object({
    a: ZJurisdictionCode,
    b: ZJurisdictionCode,
    title: zRequiredLocalizedText(200),
    priorityAreas: z.array(ZPriorityArea).max(PRIORITY_AREAS.length).default([]),
    /** Organisations (ministries, agencies, chambers) that keep the agenda; their members edit it. */
    keepers: z.array(ZId).min(1, "Name the organisation that keeps the agenda").max(6),
  })
  .strict()
  .refine((x) => x.a !== x.b, { message: "Choose two different jurisdictions", path: ["b"] });
export type TAgendaInput = z.infer<typeof ZAgendaInput>;

/** A keeper renames the agenda or changes its priority areas; the two jurisdictions stay. */
export const ZAgendaPatch = z
  .object({ title: zRequiredLocalizedText(200), priorityAreas: z.array(ZPriorityArea).max(PRIORITY_AREAS.length) })
  .partial()
  .strict();

export const ZHighLevelMeetingInput = z
  .object({
    date: ZDate,
    place: zText(200).min(1, "Say where it was held"),
    participants: zText(2000).default(""),
    decisions: zText(5000).default(""),
  })
  .strict();

export const ZHighLevelMeetingPatch = z
  .object({ date: ZDate, place: zText(200).min(1, "Say where it was held"), participants: zText(2000), decisions: zText(5000) })
  .partial()
  .strict();

export const COMMITMENT_STATUSES = ["planned", "in_progress", "done", "cancelled"] as const;
export const ZCommitmentInput = z
  .object({
    title: zText(300).min(1, "Say what was promised"),
    area: ZPriorityArea.nullable().default(null),
    owner: zText(200).min(1, "Say who owns it"),
    ownerEmail: z.email("Use an e-mail address such as name@ministry.tj").nullable().default(null),
    dueDate: ZDate,
    status: z.enum(COMMITMENT_STATUSES).default("planned"),
  })
  .strict();
export const ZCommitmentPatch = z
  .object({
    status: z.enum(COMMITMENT_STATUSES),
    dueDate: ZDate,
    owner: zText(200).min(1, "Say who owns it"),
    ownerEmail: z.email("Use an e-mail address such as name@ministry.tj").nullable(),
    title: zText(300).min(1, "Say what was promised"),
    area: ZPriorityArea.nullable(),
  })
  .partial()
  .strict();

export const TARGET_KINDS = ["turnover_usd", "joint_enterprises", "scholarships_offered", "scholarships_awarded"] as const;
export const ZTargetInput = z
  .object({
    kind: z.enum(TARGET_KINDS),
    year: z.number().int().min(2000).max(2100),
    target: z.number().nonnegative("A target cannot be negative"),
    /** Entered by the keepers for scholarships; turnover and joint enterprises are computed. */
    actual: z.number().nonnegative().nullable().default(null),
    /** What officials said, with its source ("more than $50 million", pressa.tj). */
    reported: z.number().nonnegative().nullable().default(null),
    source: zText(300).default(""),
  })
  .strict();

export const ZTargetPatch = z
  .object({
    year: z.number().int().min(2000).max(2100),
    target: z.number().nonnegative("A target cannot be negative"),
    actual: z.number().nonnegative().nullable(),
    reported: z.number().nonnegative().nullable(),
    source: zText(300),
  })
  .partial()
  .strict();

const ZLinkedDeal = z.object({ id: z.string(), title: z.record(z.string(), z.string()), kind: z.string(), stage: z.string() });

export const ZAgenda = z.object({
  id: z.string(),
  a: z.string(),
  b: z.string(),
  title: z.record(z.string(), z.string()),
  priorityAreas: z.array(ZPriorityArea),
  keepers: z.array(z.object({ id: z.string(), name: z.record(z.string(), z.string()) })),
  editable: z.boolean(),
  meetings: z.array(z.object({ id: z.string(), date: z.string(), place: z.string(), participants: z.string(), decisions: z.string() })),
  commitments: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      area: ZPriorityArea.nullable(),
      owner: z.string(),
      /** Shown to the keepers only: where reminders go. */
      ownerEmail: z.string().nullable(),
      dueDate: z.string(),
      status: z.enum(COMMITMENT_STATUSES),
      overdue: z.boolean(),
      /** The deals serving it that the reader may see, and how many there are in all. */
      deals: z.array(ZLinkedDeal),
      dealCount: z.number().int(),
    }),
  ),
  targets: z.array(
    z.object({
      id: z.string(),
      kind: z.enum(TARGET_KINDS),
      year: z.number().int(),
      target: z.number(),
      actual: z.number().nullable(),
      /** Where the actual comes from: the trade dataset, the linked joint ventures, or the keepers. */
      actualSource: z.string().nullable(),
      reported: z.number().nullable(),
      source: z.string(),
      progress: z.number().nullable(),
    }),
  ),
});
export type TAgenda = z.infer<typeof ZAgenda>;
export const ZAgendaList = z.object({ items: z.array(ZAgenda.pick({ id: true, a: true, b: true, title: true, priorityAreas: true })) });
