import { Button, Group, Stack, Tabs, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { PlusIcon } from "../../../ui/icons";
import { useDocumentTitle } from "../../../ui/useDocumentTitle";
import { useMe } from "../../account/session";
import { SearchResults } from "../../directory/components/SearchResults";
import { ForumCard } from "../components/ForumCard";
import { useForums } from "../hooks/forums";

type When = "upcoming" | "past";

export function ForumsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t("forums.title"));
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const when: When = params.get("when") === "past" ? "past" : "upcoming";
  const forums = useForums(when);

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end" gap="sm">
        <div>
          <Title order={1}>{t("forums.title")}</Title>
          <Text c="dimmed">{t("forums.subtitle")}</Text>
        </div>
        {me.data ? (
          <Button component={Link} to="/forums/new" leftSection={<PlusIcon size={16} />}>
            {t("forums.create")}
          </Button>
        ) : null}
      </Group>
      <Tabs value={when} onChange={(next) => setParams(next === "past" ? { when: "past" } : {}, { replace: true })} variant="pills" keepMounted={false}>
        <Stack gap="lg">
          <Tabs.List aria-label={t("forums.whichForums")}>
            <Tabs.Tab value="upcoming">{t("forums.upcoming")}</Tabs.Tab>
            <Tabs.Tab value="past">{t("forums.past")}</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value={when}>
            <SearchResults
              query={forums}
              keyOf={(forum) => forum.id}
              render={(forum) => <ForumCard forum={forum} />}
              totalLabel={(total) => t("forums.found", { total })}
              emptyLabel={when === "past" ? t("forums.noPast") : t("forums.noUpcoming")}
              cols={{ base: 1, sm: 2 }}
            />
          </Tabs.Panel>
        </Stack>
      </Tabs>
    </Stack>
  );
}
