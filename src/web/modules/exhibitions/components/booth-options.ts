import type { TLanguage } from "../../../../contracts/common";
import type { TBooth, TFloorPlan } from "../../../../contracts/exhibitions";
import { formatMoney, formatNumber } from "../../../ui/format";
import { pickLocalized } from "../../../ui/localized";

export type BoothOption = { booth: TBooth; hallName: string };

/** Booths of every hall that are free, plus any named in `keep` (an application's current booth). */
export function boothsToOffer(plan: TFloorPlan | undefined, language: TLanguage, keep: (string | null | undefined)[] = []): BoothOption[] {
  if (!plan) return [];
  return plan.halls.flatMap((hall) =>
    hall.booths
      .filter((booth) => booth.status === "free" || keep.includes(booth.id))
      .sort((a, b) => a.number.localeCompare(b.number, undefined, { numeric: true }))
      .map((booth) => ({ booth, hallName: pickLocalized(hall.name, language) })),
  );
}

/** "A-01 · Hall A · 9 m² · $900": what decides the choice of a booth, on one line. */
export function boothLabel({ booth, hallName }: BoothOption, language: TLanguage): string {
  const parts = [booth.number, hallName, `${formatNumber(booth.area, language)} m²`];
  if (booth.price !== null) parts.push(booth.currency ? formatMoney(booth.price, booth.currency, language) : formatNumber(booth.price, language));
  return parts.join(" · ");
}

export function findBooth(plan: TFloorPlan | undefined, boothId: string | null | undefined): TBooth | undefined {
  if (!plan || !boothId) return undefined;
  for (const hall of plan.halls) {
    const booth = hall.booths.find((b) => b.id === boothId);
    if (booth) return booth;
  }
  return undefined;
}
