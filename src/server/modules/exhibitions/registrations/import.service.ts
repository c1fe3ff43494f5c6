import type { z } from "zod";
import type { TLanguage } from "../../../../contracts/common";
import { type TImportReport, ZEmail, ZOrganizerRegistrationInput } from "../../../../contracts/exhibitions";
import { newBadgeCode } from "../../../../engines/badge-token";
import type { SessionUser } from "../../../platform/auth";
import type { AppContext } from "../../../platform/context";
import { AppError, invalid, violatedUniqueIndex } from "../../../platform/errors";
import { newId } from "../../../platform/ids";
import { requireForumManager } from "../access";
import { mailBadges } from "./badge-mail.service";
import { categoryHint, countryReader, headerHint, type ImportField, mapHeader, REQUIRED_FIELDS, readCategory, readLanguage } from "./import-columns";
import { readSheet, type Sheet } from "./import-parser";
import * as repo from "./registration.repository";
import { newAccessKey } from "./registration.service";

type Ctx = Pick<AppContext, "database" | "config" | "reference" | "mailer" | "jobs">;
type Problem = TImportReport["problems"][number];
type Candidate = { line: number; email?: string; person?: z.output<typeof ZOrganizerRegistrationInput> };

const PREVIEW_ROWS = 20;
const CODE_ATTEMPTS = 3;
// Where a list says nothing, visitors are written to in the language spoken at the venue.
const VENUE_LANGUAGES: Record<string, TLanguage> = { TJ: "tg", KG: "ky", GB: "en", US: "en", IE: "en", AU: "en", CA: "en", NZ: "en" };

/** Reads every row against the contract, naming each problem's line and column; saves nothing. */
export function checkSheet(ctx: Pick<AppContext, "reference">, sheet: Sheet, defaultLanguage: TLanguage) {
  const { columns, duplicated } = mapHeader(sheet.header);
  const headerProblems: Problem[] = [
    ...REQUIRED_FIELDS.filter((field) => !columns.has(field)).map((field) => ({
      line: sheet.headerLine,
      field,
      message: `No ${field} column in the header row; head one column with any of ${headerHint(field)}`,
    })),
    ...duplicated.map((field) => ({ line: sheet.headerLine, field, message: `More than one column means ${headerHint(field)}; keep one` })),
  ];
  if (headerProblems.length) return { candidates: [] as Candidate[], problems: headerProblems };
  const country = countryReader(ctx.reference);
  const problems: Problem[] = [];
  const firstLineOf = new Map<string, number>();
  const candidates = sheet.rows.map(({ line, cells }): Candidate => {
    const cell = (field: ImportField) => cells[columns.get(field) ?? -1] ?? "";
    const own: Problem[] = [];
    const countryText = cell("country");
    const countryCode = countryText ? country(countryText) : "";
    if (countryCode === undefined)
      own.push({ line, field: "country", message: `"${countryText}" is not a country we know; use an ISO code such as TJ, or the name in English or Russian` });
    const category = cell("category") ? readCategory(cell("category")) : "trade_visitor";
    if (!category) own.push({ line, field: "category", message: `"${cell("category")}" is not a category; use one of ${categoryHint}` });
    const language = cell("language") ? readLanguage(cell("language")) : defaultLanguage;
    if (!language) own.push({ line, field: "language", message: `"${cell("language")}" is not a language; use en, ru, tg or ky` });
    const parsed = ZOrganizerRegistrationInput.safeParse({
      fullName: cell("fullName"),
      email: cell("email"),
      organizationName: cell("organizationName") || null,
      jobTitle: cell("jobTitle") || null,
      country: countryCode ?? countryText,
      category: category ?? "trade_visitor",
      language: language ?? defaultLanguage,
    });
    for (const issue of parsed.error?.issues ?? []) {
      const field = String(issue.path[0] ?? "row");
      if (!own.some((p) => p.field === field)) own.push({ line, field, message: issue.message });
    }
    const email = ZEmail.safeParse(cell("email")).data;
    if (email && firstLineOf.has(email)) own.push({ line, field: "email", message: `The same e-mail address is on line ${firstLineOf.get(email)}` });
    else if (email) firstLineOf.set(email, line);
    problems.push(...own);
    return { line, email, person: own.length ? undefined : parsed.data };
  });
  return { candidates, problems };
}

/**
 * Reads and checks a visitor list; with `commit` saves all of it in one transaction or nothing,
 * then e-mails the badges in a background job.
 */
export async function importVisitors(ctx: Ctx, actor: SessionUser, forumId: string, bytes: Buffer, commit: boolean): Promise<TImportReport> {
  const db = ctx.database.db;
  const forum = await requireForumManager(db, forumId, actor);
  const sheet = await readSheet(bytes);
  const { candidates, problems } = checkSheet(ctx, sheet, VENUE_LANGUAGES[forum.venueCountry] ?? "ru");
  const emails = candidates.flatMap((c) => (c.email ? [c.email] : []));
  const registered = await repo.findRegisteredEmails(db, forumId, [...new Set(emails)]);
  for (const c of candidates) {
    if (c.email && registered.has(c.email)) {
      problems.push({ line: c.line, field: "email", message: "This e-mail address is already registered for this forum" });
      c.person = undefined;
    }
  }
  problems.sort((a, b) => a.line - b.line);
  const valid = candidates.flatMap((c) => (c.person ? [{ line: c.line, ...c.person }] : []));
  const report: TImportReport = {
    format: sheet.format,
    rows: sheet.rows.length,
    valid: valid.length,
    problems,
    preview: valid.slice(0, PREVIEW_ROWS),
    saved: 0,
    mailJobId: null,
  };
  if (!commit) return report;
  if (problems.length) {
    const lines = new Set(problems.map((p) => p.line)).size;
    throw new AppError(
      "import_has_problems",
      409,
      `${lines} ${lines === 1 ? "line has" : "lines have"} problems; nothing was saved. Correct the file and send it again`,
      problems.map((p) => ({ field: `line ${p.line}: ${p.field}`, message: p.message })),
    );
  }
  const rows = await insertAll(ctx, forumId, valid);
  const job = await ctx.jobs.start("badge-mail", actor.id, rows.length, (progress) => mailBadges(ctx, rows, forum, progress));
  return { ...report, saved: rows.length, mailJobId: job.id };
}

async function insertAll(ctx: Ctx, forumId: string, people: z.output<typeof ZOrganizerRegistrationInput>[]) {
  for (let attempt = 1; ; attempt++) {
    const codes = new Set<string>();
    while (codes.size < people.length) codes.add(newBadgeCode());
    const rows = [...codes].map((badgeCode, i) => {
      const { fullName, email, organizationName, jobTitle, country, category, language } = people[i];
      const person = { fullName, email, organizationName: organizationName ?? null, jobTitle: jobTitle ?? null, country, category, language };
      return {
        ...person,
        id: newId(),
        forumId,
        userId: null,
        applicationId: null,
        source: "import",
        badgeCode,
        accessKey: newAccessKey(),
        checkedInAt: null,
        cancelledAt: null,
        createdAt: new Date(),
      };
    });
    try {
      await repo.insertRegistrations(ctx.database.db, rows);
      return rows;
    } catch (error) {
      const index = violatedUniqueIndex(error);
      if (index === "registration_forum_code_uq" && attempt < CODE_ATTEMPTS) continue;
      if (index === "registration_forum_email_uq") {
        throw invalid("email", "Someone registered one of these addresses while the file was being read; check the file again", "already_registered", 409);
      }
      throw error;
    }
  }
}
