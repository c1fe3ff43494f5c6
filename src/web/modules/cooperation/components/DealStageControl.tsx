import { Button, Group, Select, TextInput } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { DEAL_STAGES, type TDeal, type TDealStage } from "../../../../contracts/cooperation";
import { FormError } from "../../../ui/ErrorAlert";
import { useActionFailure } from "../../../ui/useActionFailure";
import { useUpdateDeal } from "../hooks/deals";

/** Moves a deal to another stage; dropping it asks why. */
export function DealStageControl({ deal }: { deal: TDeal }) {
  const { t } = useTranslation();
  const update = useUpdateDeal(deal.id);
  const [stage, setStage] = useState<TDealStage>(deal.stage);
  const [reason, setReason] = useState(deal.dropReason ?? "");
  const { failure, run } = useActionFailure();
  const save = () => run(() => update.mutateAsync(stage === "dropped" ? { stage, dropReason: reason } : { stage }));
  return (
    <Group align="flex-end" wrap="wrap" gap="xs">
      <Select
        label={t("deals.field.stage")}
        data={DEAL_STAGES.map((s) => ({ value: s, label: t(`deals.stage.${s}`) }))}
        value={stage}
        onChange={(value) => value && setStage(value as TDealStage)}
        allowDeselect={false}
        w={200}
        data-testid="deal-stage-select"
      />
      {stage === "dropped" ? <TextInput label={t("deals.field.dropReason")} value={reason} onChange={(e) => setReason(e.currentTarget.value)} w={280} /> : null}
      <Button onClick={save} loading={update.isPending} disabled={stage === deal.stage && (stage !== "dropped" || reason === deal.dropReason)}>
        {t("deals.moveStage")}
      </Button>
      <FormError message={failure} testId="stage-error" />
    </Group>
  );
}
