import { Box, Button, Group, Modal, Paper, ScrollArea, Stack, Text, TextInput } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { TDealStage, TDealSummary } from "../../../../contracts/cooperation";
import { errorMessage, FormError } from "../../../ui/ErrorAlert";
import { pickLocalized } from "../../../ui/localized";
import { useLanguage } from "../../../ui/useLanguage";
import { useMoveDeal } from "../hooks/deals";
import { DealCard } from "./DealCard";

const DRAG_TYPE = "application/x-hamkori-deal";

/**
 * The pipeline as columns by stage. The parties drag a card to another column to move the deal on
 * (dropping asks why, as the deal's page does); the stage control on the deal's page does the same
 * for a keyboard or a phone.
 */
export function DealBoard({ deals, stages }: { deals: TDealSummary[]; stages: readonly TDealStage[] }) {
  const { t } = useTranslation();
  const move = useMoveDeal();
  const [over, setOver] = useState<TDealStage | null>(null);
  const [dropping, setDropping] = useState<TDealSummary | null>(null);
  const moveTo = (deal: TDealSummary, stage: TDealStage) => {
    if (stage === deal.stage) return;
    if (stage === "dropped") return setDropping(deal);
    move.mutate({ id: deal.id, patch: { stage } }, { onError: (error) => notifications.show({ color: "red", message: errorMessage(error, t) }) });
  };
  return (
    <ScrollArea type="auto">
      <Group align="flex-start" wrap="nowrap" gap="sm" data-testid="deal-board">
        {stages.map((stage) => {
          const inStage = deals.filter((d) => d.stage === stage);
          return (
            <Paper
              key={stage}
              bg={over === stage ? "brand.0" : "gray.0"}
              p="xs"
              radius="md"
              miw={220}
              w={220}
              mih={120}
              data-testid={`deal-column-${stage}`}
              onDragOver={(event) => {
                if (!event.dataTransfer.types.includes(DRAG_TYPE)) return;
                event.preventDefault();
                event.dataTransfer.dropEffect = "move";
                setOver(stage);
              }}
              onDragLeave={() => setOver((current) => (current === stage ? null : current))}
              onDrop={(event) => {
                event.preventDefault();
                setOver(null);
                const deal = deals.find((d) => d.id === event.dataTransfer.getData(DRAG_TYPE));
                if (deal) moveTo(deal, stage);
              }}
            >
              <Stack gap="xs">
                <Text fw={700} size="sm">
                  {t(`deals.stage.${stage}`)} · {inStage.length}
                </Text>
                {inStage.map((deal) => (
                  <Box
                    key={deal.id}
                    draggable={deal.editable}
                    style={deal.editable ? { cursor: "grab" } : undefined}
                    onDragStart={(event) => {
                      event.dataTransfer.setData(DRAG_TYPE, deal.id);
                      event.dataTransfer.effectAllowed = "move";
                    }}
                  >
                    <DealCard deal={deal} />
                  </Box>
                ))}
              </Stack>
            </Paper>
          );
        })}
      </Group>
      {dropping ? <DropReasonModal deal={dropping} onClose={() => setDropping(null)} /> : null}
    </ScrollArea>
  );
}

/** Dropping a deal needs a reason: asked here before the card moves. */
function DropReasonModal({ deal, onClose }: { deal: TDealSummary; onClose: () => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const move = useMoveDeal();
  const [reason, setReason] = useState("");
  const [failure, setFailure] = useState<string>();
  const save = async () => {
    try {
      await move.mutateAsync({ id: deal.id, patch: { stage: "dropped", dropReason: reason } });
      onClose();
    } catch (error) {
      setFailure(errorMessage(error, t));
    }
  };
  return (
    <Modal opened onClose={onClose} title={t("deals.dropTitle", { title: pickLocalized(deal.title, language) })}>
      <Stack gap="sm">
        <TextInput label={t("deals.field.dropReason")} value={reason} onChange={(e) => setReason(e.currentTarget.value)} data-autofocus />
        <FormError message={failure} />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose}>
            {t("common.cancel")}
          </Button>
          <Button color="red" onClick={save} loading={move.isPending}>
            {t("deals.moveStage")}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
