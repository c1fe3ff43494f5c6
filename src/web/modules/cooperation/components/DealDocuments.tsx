import { Anchor, Badge, Button, FileInput, Group, Stack, Text, TextInput } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { TDeal } from "../../../../contracts/cooperation";
import { FormError } from "../../../ui/ErrorAlert";
import { formatDate } from "../../../ui/format";
import { TitledPanel } from "../../../ui/TitledPanel";
import { useActionFailure } from "../../../ui/useActionFailure";
import { useLanguage } from "../../../ui/useLanguage";
import { useUploadDocument } from "../hooks/deals";

/** The deal's documents, newest version first with the earlier ones beneath; the parties upload new ones or new versions. */
export function DealDocuments({ deal }: { deal: TDeal }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const upload = useUploadDocument(deal.id);
  const [file, setFile] = useState<File | null>(null);
  const [name, setName] = useState("");
  const { failure, run } = useActionFailure();
  const names = [...new Set(deal.documents.map((d) => d.name))];
  const href = (id: string) => `/api/v1/deals/${deal.id}/documents/${id}`;
  const send = async () => {
    if (!file) return;
    if (await run(() => upload.mutateAsync({ file, name }))) {
      setFile(null);
      setName("");
    }
  };
  return (
    <TitledPanel look="section" title={t("deals.documents.title")}>
      <Stack gap="sm" data-testid="documents">
        {names.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t("deals.documents.none")}
          </Text>
        ) : null}
        {names.map((documentName) => {
          const [latest, ...older] = deal.documents.filter((d) => d.name === documentName);
          return (
            <Stack key={documentName} gap={2}>
              <Group gap="xs">
                <Anchor href={href(latest.id)} fw={600} size="sm">
                  {documentName}
                </Anchor>
                <Badge size="xs" variant="light">
                  {t("deals.documents.version", { version: latest.version })}
                </Badge>
                <Text size="xs" c="dimmed">
                  {formatDate(latest.uploadedAt, language, true)}
                  {latest.uploadedBy ? ` · ${latest.uploadedBy}` : ""}
                </Text>
              </Group>
              {older.map((d) => (
                <Anchor key={d.id} href={href(d.id)} size="xs" c="dimmed" pl="md">
                  {t("deals.documents.version", { version: d.version })} · {formatDate(d.uploadedAt, language, true)}
                </Anchor>
              ))}
            </Stack>
          );
        })}
        {deal.editable ? (
          <Group align="flex-end" wrap="wrap" gap="xs">
            <FileInput label={t("deals.documents.file")} value={file} onChange={setFile} accept=".pdf,.docx,.xlsx,.png,.jpg,.jpeg" w={260} clearable />
            <TextInput
              label={t("deals.documents.name")}
              description={t("deals.documents.nameHint")}
              value={name}
              onChange={(e) => setName(e.currentTarget.value)}
              w={260}
            />
            <Button variant="light" onClick={send} loading={upload.isPending} disabled={!file}>
              {t("deals.documents.upload")}
            </Button>
          </Group>
        ) : null}
        <FormError message={failure} />
      </Stack>
    </TitledPanel>
  );
}
