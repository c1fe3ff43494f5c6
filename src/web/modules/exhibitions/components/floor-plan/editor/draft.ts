import type { TFloorPlan, THall, TPoint } from "../../../../../../contracts/exhibitions";
import { type BoothType, type HallPlan, inferBoothType, type Rect } from "../../../../../../engines/floor-plan";
import { mapBooths, rectOf } from "../hall-plan";

/** A booth as drawn in the editor; `key` identifies it while its number is being typed. */
export type DraftBooth = Rect & {
  key: string;
  number: string;
  /** null: worked out from the neighbours when saved. */
  type: BoothType | null;
  price: number | null;
  currency: string | null;
  pavilionId: string | null;
};

export type Draft = { width: number; height: number; entrances: TPoint[]; obstacles: Rect[]; booths: DraftBooth[] };

/** Every drawn length lands on this grid, in metres. */
export const SNAP = 0.5;
export const snap = (value: number) => Math.round(value / SNAP) * SNAP;

let counter = 0;
export const newKey = () => `b${Date.now().toString(36)}${(counter++).toString(36)}`;

export function planOfDraft(draft: Draft): HallPlan {
  return mapBooths(draft, (b) => ({ number: b.number, ...rectOf(b), ...(b.type ? { type: b.type } : {}) }));
}

/**
 * The editor's copy of a saved hall. A stored type that equals what the neighbours imply counts as
 * "auto", so moving the booth later keeps it right; a different one was chosen and is kept.
 */
export function draftOfHall(hall: THall): Draft {
  return mapBooths(hall, (b) => ({
    key: b.id,
    number: b.number,
    ...rectOf(b),
    type: inferBoothType(b, hall) === b.type ? null : b.type,
    price: b.price,
    currency: b.currency,
    pavilionId: b.pavilionId,
  }));
}

/** What `PUT /halls/{id}/plan` takes. */
export function hallPlanInput(draft: Draft) {
  return mapBooths(draft, (b) => ({
    number: b.number.trim(),
    ...rectOf(b),
    type: b.type,
    price: b.price,
    currency: b.price === null ? null : (b.currency ?? "USD"),
    pavilionId: b.pavilionId,
  }));
}

/**
 * An imported plan as a draft. Pavilions are named in the file; they are matched to this forum's
 * pavilions by id or by a name in any language, and the names left over are reported.
 */
export function draftOfImport(plan: HallPlan, pavilions: TFloorPlan["pavilions"]): { draft: Draft; unknownPavilions: string[] } {
  const byName = new Map<string, string>();
  for (const pavilion of pavilions) {
    byName.set(pavilion.id, pavilion.id);
    for (const name of Object.values(pavilion.name)) if (name) byName.set(name.trim().toLocaleLowerCase(), pavilion.id);
  }
  const unknown = new Set<string>();
  const booths = plan.booths.map((b) => {
    const wanted = b.pavilion?.trim();
    const pavilionId = wanted ? (byName.get(wanted) ?? byName.get(wanted.toLocaleLowerCase()) ?? null) : null;
    if (wanted && !pavilionId) unknown.add(wanted);
    return {
      key: newKey(),
      number: b.number,
      ...rectOf(b),
      type: b.type ?? null,
      price: b.price ?? null,
      currency: b.currency ?? null,
      pavilionId,
    };
  });
  return {
    draft: { width: plan.width, height: plan.height, entrances: plan.entrances, obstacles: plan.obstacles ?? [], booths },
    unknownPavilions: [...unknown],
  };
}

/** The next free number after the last one drawn: A-09 → A-10, 12 → 13; "1" on an empty hall. */
export function nextBoothNumber(booths: DraftBooth[]): string {
  const taken = new Set(booths.map((b) => b.number));
  const last = booths[booths.length - 1]?.number ?? "0";
  const match = /^(.*?)(\d+)$/.exec(last);
  const prefix = match ? match[1] : `${last}-`;
  let n = match ? Number(match[2]) : 0;
  const width = match ? match[2].length : 1;
  for (;;) {
    n++;
    const candidate = `${prefix}${String(n).padStart(width, "0")}`;
    if (!taken.has(candidate)) return candidate;
  }
}
