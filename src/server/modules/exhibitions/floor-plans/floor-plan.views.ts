import type { TBooth, THall, TPavilion } from "../../../../contracts/exhibitions";
import type { BoothRow, HallRow, PavilionRow } from "./floor-plan.repository";

type Holder = { applicationId: string | null; status: string | null; organizationId: string | null; name: THall["name"] | null; country: string | null } | null;

export const toPavilion = (row: PavilionRow): TPavilion => ({
  id: row.id,
  name: row.name,
  kind: row.kind as TPavilion["kind"],
  country: row.country,
  color: row.color,
});

const round2 = (value: number) => Math.round(value * 100) / 100;

/** An approved exhibitor is public; a booth held by an application under review only shows as reserved. */
export function toBooth(row: BoothRow, holder: Holder): TBooth {
  const approved = holder?.status === "approved";
  return {
    id: row.id,
    hallId: row.hallId,
    number: row.number,
    x: row.x,
    y: row.y,
    width: row.width,
    height: row.height,
    area: round2(row.width * row.height),
    type: row.type as TBooth["type"],
    price: row.priceAmount,
    currency: row.priceCurrency,
    pavilionId: row.pavilionId,
    status: !row.applicationId ? "free" : approved ? "sold" : "reserved",
    exhibitor:
      approved && holder?.applicationId && holder.organizationId
        ? { applicationId: holder.applicationId, organizationId: holder.organizationId, name: holder.name ?? {}, country: holder.country ?? "" }
        : null,
  };
}

export const toHall = (row: HallRow, booths: TBooth[]): THall => ({
  id: row.id,
  forumId: row.forumId,
  name: row.name,
  width: row.width,
  height: row.height,
  entrances: row.entrances,
  obstacles: row.obstacles,
  booths,
});
