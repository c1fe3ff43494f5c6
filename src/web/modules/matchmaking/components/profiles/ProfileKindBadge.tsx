import { Badge } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { TProfileKind } from "../../../../../contracts/matchmaking";

const COLORS: Record<TProfileKind, string> = { offer: "teal", request: "orange", partnership: "grape" };

/** Offer, request or partnership proposal. */
export function ProfileKindBadge({ kind }: { kind: TProfileKind }) {
  const { t } = useTranslation();
  return (
    <Badge size="sm" variant="light" color={COLORS[kind]} style={{ flexShrink: 0 }} data-testid="profile-kind">
      {t(`matchmaking.kinds.${kind}`)}
    </Badge>
  );
}
