import { Badge } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { TParticipantCategory } from "../../../../contracts/matchmaking";

const COLORS: Record<TParticipantCategory, string> = { exhibitor: "brand", buyer: "blue", investor: "grape", trade_visitor: "cyan", official: "gray" };

/** Exhibitor, buyer, investor…: what a participant comes to the meetings as. */
export function CategoryBadge({ category }: { category: TParticipantCategory }) {
  const { t } = useTranslation();
  return (
    <Badge size="sm" variant="light" color={COLORS[category]} style={{ flexShrink: 0 }} data-testid="participant-category">
      {t(`matchmaking.categories.${category}`)}
    </Badge>
  );
}
