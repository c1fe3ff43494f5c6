import { Badge, Group, SimpleGrid } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { TScheduleReview } from "../../../../../contracts/matchmaking";
import { formatNumber } from "../../../../ui/format";
import { useLanguage } from "../../../../ui/useLanguage";
import { KpiCard } from "../../../exhibitions/components/dashboard/KpiCard";

/** The draft at a glance: meetings placed, breaks and their spread, and how good the search proved it. */
export function ReviewFigures({ review, fairness }: { review: TScheduleReview; fairness: number }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const n = (value: number) => formatNumber(value, language);
  const seconds = formatNumber(Math.round(review.seconds * 10) / 10, language);

  return (
    <SimpleGrid cols={{ base: 2, md: 4 }} spacing="sm" data-testid="review-figures">
      <KpiCard
        label={t("matchmakingAdmin.review.placed")}
        value={t("matchmakingAdmin.review.placedValue", { scheduled: n(review.scheduled), total: n(review.meetings) })}
        rawValue={review.scheduled}
        testId="review-placed"
        detail={review.unscheduled > 0 ? t("matchmakingAdmin.review.unscheduled", { count: n(review.unscheduled) }) : t("matchmakingAdmin.review.allPlaced")}
      />
      <KpiCard
        label={t("matchmakingAdmin.review.breaks")}
        value={n(review.breaks)}
        rawValue={review.breaks}
        testId="review-breaks"
        detail={
          review.mode === "all" && !review.provenOptimal
            ? t("matchmakingAdmin.review.lowerBound", { bound: n(review.lowerBound) })
            : t("matchmakingAdmin.review.breaksHint")
        }
      />
      <KpiCard
        label={t("matchmakingAdmin.review.spread")}
        value={n(review.spread)}
        rawValue={review.spread}
        testId="review-spread"
        detail={t("matchmakingAdmin.review.spreadHint", { fairness: n(fairness) })}
      />
      <KpiCard
        label={t("matchmakingAdmin.review.quality")}
        testId="review-quality"
        value={
          review.mode === "most-valuable" && review.shareOfBound !== null ? (
            <span data-testid="share-of-bound">{`${Math.round(review.shareOfBound * 100)}%`}</span>
          ) : review.provenOptimal ? (
            t("matchmakingAdmin.review.optimalShort")
          ) : (
            t("matchmakingAdmin.review.bestFound")
          )
        }
        detail={review.mode === "most-valuable" ? t("matchmakingAdmin.review.shareHint", { seconds }) : t("matchmakingAdmin.review.seconds", { seconds })}
      >
        {review.provenOptimal ? (
          <Group mt={6}>
            <Badge color="green" variant="filled" h="auto" py={2} styles={{ label: { whiteSpace: "normal" } }} data-testid="proven-optimal">
              {t("matchmakingAdmin.review.provenOptimal")}
            </Badge>
          </Group>
        ) : null}
      </KpiCard>
    </SimpleGrid>
  );
}
