import { Button, Group, Modal, Stack, Tabs, Text, Title } from "@mantine/core";
import { useDisclosure, useMediaQuery } from "@mantine/hooks";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../../ui/ErrorAlert";
import { PlusIcon } from "../../../ui/icons";
import { PageSkeleton } from "../../../ui/Loading";
import { OrganisersOnly } from "../components/OrganisersOnly";
import { AddVisitorForm } from "../components/registrations-admin/AddVisitorForm";
import { BadgeBatchPanel } from "../components/registrations-admin/BadgeBatchPanel";
import { ImportPanel } from "../components/registrations-admin/ImportPanel";
import { RegistrationList } from "../components/registrations-admin/RegistrationList";
import { useForum, useForumId } from "../hooks/forum";

type Tab = "list" | "import" | "badges";

/** The organisers' desk for visitors: the list, one by one or from a file, and the badges to print. */
export function RegistrationsAdminPage() {
  const { t } = useTranslation();
  const forumId = useForumId();
  const forum = useForum(forumId);
  const [tab, setTab] = useState<Tab>("list");
  const [adding, { open, close }] = useDisclosure(false);
  const phone = useMediaQuery("(max-width: 36em)");

  if (forum.isPending) return <PageSkeleton />;
  if (forum.isError) return <ErrorAlert error={forum.error} />;
  if (!forum.data.access.manage) return <OrganisersOnly />;

  return (
    <Stack gap="lg" data-testid="registrations-admin">
      <Group justify="space-between" align="flex-end" gap="sm">
        <div>
          <Title order={2}>{t("registrationsAdmin.title")}</Title>
          <Text c="dimmed" size="sm">
            {t("registrationsAdmin.subtitle")}
          </Text>
        </div>
        <Button leftSection={<PlusIcon size={16} />} onClick={open} data-testid="add-visitor">
          {t("registrationsAdmin.add.open")}
        </Button>
      </Group>
      <Tabs value={tab} onChange={(value) => setTab((value as Tab | null) ?? "list")}>
        <Tabs.List>
          <Tabs.Tab value="list">{t("registrationsAdmin.tabs.list")}</Tabs.Tab>
          <Tabs.Tab value="import">{t("registrationsAdmin.tabs.import")}</Tabs.Tab>
          <Tabs.Tab value="badges">{t("registrationsAdmin.tabs.badges")}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="list" pt="md">
          <RegistrationList forumId={forumId} timeZone={forum.data.timeZone} />
        </Tabs.Panel>
        <Tabs.Panel value="import" pt="md">
          <ImportPanel forumId={forumId} />
        </Tabs.Panel>
        <Tabs.Panel value="badges" pt="md">
          <BadgeBatchPanel forumId={forumId} />
        </Tabs.Panel>
      </Tabs>
      <Modal opened={adding} onClose={close} title={t("registrationsAdmin.add.title")} size="lg" fullScreen={phone}>
        <AddVisitorForm forumId={forumId} onDone={close} />
      </Modal>
    </Stack>
  );
}
