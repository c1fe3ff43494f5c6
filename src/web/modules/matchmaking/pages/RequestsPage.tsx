import { Button, Center, Stack, Tabs, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import type { TMeetingRequest } from "../../../../contracts/matchmaking";
import { ErrorAlert } from "../../../ui/ErrorAlert";
import { CardSkeletons } from "../../../ui/Loading";
import { useForum, useForumId } from "../../exhibitions/hooks/forum";
import { useActing } from "../components/acting";
import { allowedPlaces } from "../components/places";
import { type AnswerKind, AnswerModal } from "../components/requests/AnswerModal";
import { RequestRow } from "../components/requests/RequestRow";
import { viewRequest } from "../components/requests/request-view";
import { useMatchmakingSettings } from "../hooks/matchmaking";
import { type RequestBox, useMeetingRequests } from "../hooks/requests";

/** Requests received and sent, each with the answers open to the acting organisation. */
export function RequestsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const box: RequestBox = params.get("box") === "outgoing" ? "outgoing" : "incoming";
  return (
    <Tabs value={box} onChange={(next) => setParams(next === "outgoing" ? { box: next } : {}, { replace: true })} keepMounted={false}>
      <Tabs.List>
        <Tabs.Tab value="incoming" data-testid="requests-tab-incoming">
          {t("matchmaking.requests.incoming")}
        </Tabs.Tab>
        <Tabs.Tab value="outgoing" data-testid="requests-tab-outgoing">
          {t("matchmaking.requests.outgoing")}
        </Tabs.Tab>
      </Tabs.List>
      <Tabs.Panel value="incoming" pt="md">
        <RequestList box="incoming" />
      </Tabs.Panel>
      <Tabs.Panel value="outgoing" pt="md">
        <RequestList box="outgoing" />
      </Tabs.Panel>
    </Tabs>
  );
}

function RequestList({ box }: { box: RequestBox }) {
  const { t } = useTranslation();
  const forumId = useForumId();
  const forum = useForum(forumId);
  const acting = useActing();
  const settings = useMatchmakingSettings(forumId);
  const requests = useMeetingRequests(forumId, acting.organizationId, box);
  const [answering, setAnswering] = useState<{ request: TMeetingRequest; kind: AnswerKind } | null>(null);
  const timeZone = forum.data?.timeZone ?? "UTC";
  const now = Date.now();
  const items = (requests.data?.pages ?? []).flatMap((page) => page.items);

  if (requests.isError && !requests.data) return <ErrorAlert error={requests.error} />;
  if (requests.isPending) return <CardSkeletons count={2} />;
  const answeringView = answering ? viewRequest(answering.request, acting.organizationId, now) : null;

  return (
    <Stack gap="sm" data-testid={`requests-${box}`}>
      {items.length === 0 ? (
        <Center py="xl">
          <Text c="dimmed">{t(`matchmaking.requests.none.${box}`)}</Text>
        </Center>
      ) : null}
      {items.map((request) => (
        <RequestRow
          key={request.id}
          forumId={forumId}
          timeZone={timeZone}
          request={request}
          view={viewRequest(request, acting.organizationId, now)}
          onAnswer={(kind) => setAnswering({ request, kind })}
        />
      ))}
      {requests.hasNextPage ? (
        <Center>
          <Button variant="default" onClick={() => requests.fetchNextPage()} loading={requests.isFetchingNextPage}>
            {t("directory.loadMore")}
          </Button>
        </Center>
      ) : null}
      {requests.isError ? <ErrorAlert error={requests.error} /> : null}
      {answering && answeringView ? (
        <AnswerModal
          kind={answering.kind}
          forumId={forumId}
          timeZone={timeZone}
          settings={settings.data}
          request={answering.request}
          view={answeringView}
          places={allowedPlaces(settings.data, acting, answeringView.counterpart)}
          onClose={() => setAnswering(null)}
        />
      ) : null}
    </Stack>
  );
}
