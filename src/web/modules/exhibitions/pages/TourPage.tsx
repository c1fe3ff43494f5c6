import { useLocation, useParams } from "react-router";
import { ErrorAlert } from "../../../ui/ErrorAlert";
import { PageSkeleton } from "../../../ui/Loading";
import { OrganisersOnly } from "../components/OrganisersOnly";
import { TourDetail } from "../components/tours/TourDetail";
import { TourPrintView } from "../components/tours/TourPrintView";
import "../components/tours/tour-print.css";
import { useBodyClass } from "../components/tours/useBodyClass";
import { useFloorPlan, useForum, useForumId } from "../hooks/forum";
import { useTour } from "../hooks/tours";

/** One tour: inside the forum's pages, or alone at `…/print` as the sheet to print. */
export function TourPage() {
  const forumId = useForumId();
  const { tourId } = useParams();
  const printing = useLocation().pathname.endsWith("/print");
  useBodyClass("tour-page", printing ? "tour-print-route" : "");
  const forum = useForum(forumId);
  const plan = useFloorPlan(forumId);
  const tour = useTour(forum.data?.access.manage ? tourId : undefined);

  if (forum.isPending || plan.isPending) return <PageSkeleton />;
  if (forum.isError) return <ErrorAlert error={forum.error} />;
  if (plan.isError) return <ErrorAlert error={plan.error} />;
  if (!forum.data.access.manage) return <OrganisersOnly />;
  if (tour.isPending) return <PageSkeleton />;
  if (tour.isError) return <ErrorAlert error={tour.error} />;

  const View = printing ? TourPrintView : TourDetail;
  return <View forum={forum.data} plan={plan.data} tour={tour.data} />;
}
