import type { TFloorPlan, TPavilion } from "../../../../../../contracts/exhibitions";
import type { Draft } from "./draft";

/** A draft dressed as a saved floor plan, so the public viewer can preview it. */
export function previewPlan(draft: Draft, pavilions: TPavilion[], hallName: TFloorPlan["halls"][number]["name"]): TFloorPlan {
  return {
    forumId: "",
    pavilions,
    halls: [
      {
        id: "preview",
        forumId: "",
        name: hallName,
        width: draft.width,
        height: draft.height,
        entrances: draft.entrances,
        obstacles: draft.obstacles,
        booths: draft.booths.map((b) => ({
          id: b.key,
          hallId: "preview",
          number: b.number,
          x: b.x,
          y: b.y,
          width: b.width,
          height: b.height,
          area: Math.round(b.width * b.height * 100) / 100,
          type: b.type ?? "inline",
          price: b.price,
          currency: b.currency,
          pavilionId: b.pavilionId,
          status: "free",
          exhibitor: null,
        })),
      },
    ],
  };
}
