import { Button, Group } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { TApplication, TFloorPlan } from "../../../../contracts/exhibitions";
import { errorMessage, FormError } from "../../../ui/ErrorAlert";
import { useAssignBooth } from "../hooks/applications";
import { BoothSelect } from "./BoothSelect";

type Props = { forumId: string; application: TApplication; plan: TFloorPlan | undefined };

/** Assigns, changes or frees the booth of an application; the list is fetched again afterwards. */
export function BoothAssignment({ forumId, application, plan }: Props) {
  const { t } = useTranslation();
  const current = application.booth?.id ?? null;
  const [boothId, setBoothId] = useState<string | null>(current);
  const assign = useAssignBooth(forumId);
  const save = () =>
    assign.mutate(
      { applicationId: application.id, boothId },
      { onSuccess: () => notifications.show({ color: "brand", message: t("exhibitors.review.boothSaved") }) },
    );
  return (
    <div>
      <Group align="flex-end" gap="xs" wrap="wrap">
        <div style={{ flex: "1 1 240px" }}>
          <BoothSelect
            plan={plan}
            label={t("exhibitors.review.assignBooth")}
            value={boothId}
            onChange={setBoothId}
            keep={[current]}
            clearable
            testId="assign-booth"
          />
        </div>
        <Button variant="default" onClick={save} loading={assign.isPending} disabled={boothId === current}>
          {t("exhibitors.review.saveBooth")}
        </Button>
      </Group>
      <FormError message={assign.isError ? errorMessage(assign.error, t) : undefined} />
    </div>
  );
}
