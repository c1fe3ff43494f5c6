import { Button, Center, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useDocumentTitle } from "../ui/useDocumentTitle";

export function NotFoundPage({ message }: { message?: string }) {
  const { t } = useTranslation();
  useDocumentTitle(t("notFound.title"));
  return (
    <Center py={80}>
      <Stack align="center" gap="sm" maw={460} ta="center">
        <Text fz={64} fw={800} c="brand.2" lh={1} aria-hidden>
          404
        </Text>
        <Title order={1} size="h2">
          {t("notFound.title")}
        </Title>
        <Text c="dimmed">{message ?? t("notFound.text")}</Text>
        <Button component={Link} to="/" mt="sm">
          {t("notFound.home")}
        </Button>
      </Stack>
    </Center>
  );
}
