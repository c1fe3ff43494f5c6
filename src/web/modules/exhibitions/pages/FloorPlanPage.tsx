import { Group, Stack } from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import { useMemo, useState } from "react";
import { useSearchParams } from "react-router";
import type { TBooth } from "../../../../contracts/exhibitions";
import { ErrorAlert } from "../../../ui/ErrorAlert";
import { PageSkeleton } from "../../../ui/Loading";
import { findBooth } from "../components/booth-options";
import { BoothDetails } from "../components/floor-plan/BoothDetails";
import { BoothPanel } from "../components/floor-plan/BoothPanel";
import { FloorPlanView } from "../components/floor-plan/FloorPlanView";
import { directionsTo } from "../components/floor-plan/hall-plan";
import { PlanSearch } from "../components/floor-plan/PlanSearch";
import { useFloorPlan, useForum, useForumId } from "../hooks/forum";

/** The public floor plan: find a booth or exhibitor, see what a booth is, and how to walk there. */
export function FloorPlanPage() {
  const forumId = useForumId();
  const forum = useForum(forumId);
  const plan = useFloorPlan(forumId);
  const phone = useMediaQuery("(max-width: 48em)") ?? false;
  const [params, setParams] = useSearchParams();
  const boothId = params.get("booth") ?? undefined;
  // Directions are asked for one booth; choosing another booth hides the old walk.
  const [directionsFor, setDirectionsFor] = useState<string | null>(null);

  const located = useMemo(() => {
    const booth = findBooth(plan.data, boothId);
    const hall = booth && plan.data?.halls.find((h) => h.id === booth.hallId);
    return booth && hall ? { hall, booth } : null;
  }, [plan.data, boothId]);
  const directions = useMemo(
    () => (located && directionsFor === located.booth.id ? directionsTo(located.hall, located.booth) : undefined),
    [located, directionsFor],
  );

  if (plan.isPending) return <PageSkeleton />;
  if (plan.isError) return <ErrorAlert error={plan.error} />;

  const choose = (booth: TBooth | null) => {
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (booth) next.set("booth", booth.id);
        else next.delete("booth");
        return next;
      },
      { replace: true },
    );
  };

  const panel = located ? (
    <BoothPanel phone={phone} onClose={() => choose(null)}>
      <BoothDetails
        plan={plan.data}
        booth={located.booth}
        directions={directions}
        onDirections={() => {
          setDirectionsFor(located.booth.id);
          // On a phone the sheet covers the lower half: bring the plan, with the route, to the top.
          if (phone) document.querySelector("[data-testid=floor-plan]")?.scrollIntoView({ block: "start", behavior: "smooth" });
        }}
        applyHref={forum.data?.applicationsOpen ? `/forums/${forumId}/apply` : undefined}
      />
    </BoothPanel>
  ) : null;

  return (
    <Stack gap="sm" pb={phone && located ? "40vh" : undefined}>
      <PlanSearch forumId={forumId} plan={plan.data} onFound={choose} />
      <Group align="flex-start" wrap="nowrap" gap="md">
        <div style={{ flex: 1, minWidth: 0 }}>
          <FloorPlanView
            plan={plan.data}
            hallId={located?.hall.id}
            selectedBoothIds={located ? [located.booth.id] : undefined}
            emphasisOf={located ? (booth) => (booth.id === located.booth.id ? "highlighted" : "normal") : undefined}
            onBoothClick={choose}
            focusBoothId={boothId}
            route={directions ? [{ path: directions.leg.path, boothId: located?.booth.id ?? "" }] : undefined}
            height={phone ? (located ? "52vh" : "62vh") : "min(72vh, 760px)"}
          />
        </div>
        {phone ? null : panel}
      </Group>
      {phone ? panel : null}
    </Stack>
  );
}
