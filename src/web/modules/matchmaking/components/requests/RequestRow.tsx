import { Badge, Blockquote, Button, Card, Group, Stack, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useTranslation } from "react-i18next";
import type { TMeetingRequest } from "../../../../../contracts/matchmaking";
import { ConfirmButton } from "../../../../ui/ConfirmButton";
import { errorMessage } from "../../../../ui/ErrorAlert";
import { useAnswerRequest } from "../../hooks/requests";
import { ParticipantHeader } from "../ParticipantHeader";
import { useVenueClock } from "../useVenueClock";
import type { AnswerKind } from "./AnswerModal";
import { RequestStatusBadge } from "./RequestStatusBadge";
import type { RequestView } from "./request-view";

type Props = { forumId: string; timeZone: string; request: TMeetingRequest; view: RequestView; onAnswer: (kind: AnswerKind) => void };

/** One request as its side sees it: who, what they wrote, where it stands and the answers open now. */
export function RequestRow({ forumId, timeZone, request, view, onAnswer }: Props) {
  const { t } = useTranslation();
  const clock = useVenueClock(timeZone);
  const answer = useAnswerRequest(forumId);
  const cancel = () =>
    answer.mutate(
      { requestId: request.id, answer: { action: "cancel", body: {} } },
      {
        onSuccess: () => notifications.show({ color: "brand", message: t("matchmaking.answer.done.cancel") }),
        onError: (error) => notifications.show({ color: "red", title: t("errors.title"), message: errorMessage(error, t) }),
      },
    );
  const accepted = view.status === "accepted";
  const has = (action: RequestView["actions"][number]) => view.actions.includes(action);

  return (
    <Card withBorder padding="md" radius="md" data-testid="request-row" data-status={view.status} data-request={request.id}>
      <Stack gap="sm">
        <ParticipantHeader participant={view.counterpart} size={40} />
        <Group gap={6}>
          <RequestStatusBadge status={view.status} />
          {request.mutual ? (
            <Badge size="sm" variant="outline" color="brand" data-testid="request-mutual" title={t("matchmaking.requests.mutualHint")}>
              {t("matchmaking.requests.mutual")}
            </Badge>
          ) : null}
        </Group>
        {request.message ? (
          <Blockquote p="xs" pl="sm" fz="sm" style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }} data-testid="request-message-text">
            {request.message}
          </Blockquote>
        ) : null}
        <Text size="xs" c="dimmed">
          {t(view.direction === "incoming" ? "matchmaking.requests.received" : "matchmaking.requests.sent", { time: clock.moment(request.createdAt) })}
          {view.status === "pending" ? ` · ${t("matchmaking.requests.expires", { time: clock.moment(request.expiresAt) })}` : null}
        </Text>
        {view.proposal && view.status === "pending" ? (
          <Text size="sm" fw={500} data-testid="request-proposal">
            {t(view.proposal.byMe ? "matchmaking.requests.youProposed" : "matchmaking.requests.theyProposed", { time: clock.moment(view.proposal.startsAt) })}
          </Text>
        ) : null}
        {view.status === "declined" && request.declineReason ? (
          <Text size="sm" c="dimmed" data-testid="request-decline-reason">
            {t("matchmaking.requests.declineReason", { reason: request.declineReason })}
          </Text>
        ) : null}
        {view.status === "accepted" ? (
          <Text size="sm" c="dimmed">
            {t("matchmaking.requests.acceptedHint")}
          </Text>
        ) : null}
        {view.actions.length ? (
          <Group justify="flex-end" gap="xs">
            {has("decline") ? (
              <Button variant="subtle" color="red" onClick={() => onAnswer("decline")} data-testid="decline-request">
                {t("matchmaking.requests.decline")}
              </Button>
            ) : null}
            {has("propose") ? (
              <Button variant="default" onClick={() => onAnswer("propose")} data-testid="propose-slot">
                {t("matchmaking.requests.propose")}
              </Button>
            ) : null}
            {has("accept") ? (
              <Button onClick={() => onAnswer("accept")} data-testid="accept-request">
                {t("matchmaking.requests.accept")}
              </Button>
            ) : null}
            {has("cancel") ? (
              <ConfirmButton
                variant="subtle"
                color="gray"
                question={t(accepted ? "matchmaking.requests.confirmCallOff" : "matchmaking.requests.confirmCancel")}
                confirmLabel={t(accepted ? "matchmaking.requests.callOff" : "matchmaking.requests.cancel")}
                onConfirm={cancel}
                loading={answer.isPending}
                data-testid="cancel-request"
              >
                {t(accepted ? "matchmaking.requests.callOff" : "matchmaking.requests.cancel")}
              </ConfirmButton>
            ) : null}
            {has("declineProposal") ? (
              <Button variant="subtle" color="red" onClick={() => onAnswer("decline")} data-testid="decline-proposal">
                {t("matchmaking.requests.declineProposal")}
              </Button>
            ) : null}
            {has("acceptProposal") ? (
              <Button onClick={() => onAnswer("accept")} data-testid="accept-proposal">
                {t("matchmaking.requests.acceptProposal")}
              </Button>
            ) : null}
          </Group>
        ) : null}
      </Stack>
    </Card>
  );
}
