import { z } from "zod";
import { ZVisitorCategory } from "./registrations";

const ZCount = z.object({ key: z.string(), count: z.number().int() });
const ZHourly = z.object({ hour: z.string(), category: ZVisitorCategory, count: z.number().int() });

export const ZForumStats = z.object({
  generatedAt: z.string(),
  timeZone: z.string(),
  exhibitors: z.object({ total: z.number().int(), byCountry: z.array(ZCount), bySector: z.array(ZCount) }),
  applications: z.object({ byStatus: z.array(ZCount) }),
  booths: z.object({
    total: z.number().int(),
    free: z.number().int(),
    reserved: z.number().int(),
    sold: z.number().int(),
    area: z.number(),
    soldArea: z.number(),
    revenue: z.array(z.object({ currency: z.string(), amount: z.number() })),
  }),
  registrations: z.object({ total: z.number().int(), byCategory: z.array(ZCount), byHour: z.array(ZHourly) }),
  checkIns: z.object({ total: z.number().int(), byCategory: z.array(ZCount), byHour: z.array(ZHourly) }),
});
export type TForumStats = z.infer<typeof ZForumStats>;
