import { z } from "zod";

/** A calendar date (venue-local), as the organiser writes it: 2025-07-09. */
export const ZDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Use a date such as 2025-07-09")
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), {
    message: "This date does not exist",
  });

/** An instant with its offset, as the venue's clock showed it: 2025-07-09T10:00:00+05:00. */
export const ZInstant = z.iso.datetime({ offset: true, message: "Use a date and time with offset such as 2025-07-09T10:00:00+05:00" });

export const ZTimeZone = z
  .string()
  .max(64)
  .refine(
    (zone) => {
      try {
        new Intl.DateTimeFormat("en", { timeZone: zone });
        return zone.includes("/") || zone === "UTC";
      } catch {
        return false;
      }
    },
    { message: "Use an IANA time zone such as Asia/Dushanbe" },
  );

export const ZHexColor = z.string().regex(/^#[0-9a-fA-F]{6}$/, "Use a colour such as #1c7ed6");

/** Floor-plan lengths are metres; no hall is larger than two kilometres. */
export const ZMetres = z.number().finite().min(0).max(2000);
export const ZPoint = z.object({ x: ZMetres, y: ZMetres });
export const ZRect = z.object({ x: ZMetres, y: ZMetres, width: ZMetres.positive(), height: ZMetres.positive() });
export type TPoint = z.infer<typeof ZPoint>;
