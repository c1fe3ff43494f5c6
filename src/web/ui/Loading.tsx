import { Card, Center, Group, Loader, Skeleton, Stack } from "@mantine/core";
import { useTranslation } from "react-i18next";

/** A centred spinner for whole pages. */
export function PageLoader() {
  const { t } = useTranslation();
  return (
    <Center py="xl">
      <Loader aria-label={t("common.loading")} />
    </Center>
  );
}

/** Placeholder cards in the shape of the result list, so the page does not jump when it loads. */
export function CardSkeletons({ count = 6 }: { count?: number }) {
  return (
    <>
      {Array.from({ length: count }, (_, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: identical placeholders, never reordered
        <Card key={index} withBorder padding="lg" radius="md" aria-hidden>
          <Group wrap="nowrap" align="flex-start">
            <Skeleton circle height={48} />
            <Stack gap={8} style={{ flex: 1 }}>
              <Skeleton height={14} width="70%" />
              <Skeleton height={10} width="45%" />
              <Skeleton height={10} width="60%" />
            </Stack>
          </Group>
        </Card>
      ))}
    </>
  );
}

/** A page-shaped placeholder: title, a few lines and a block. */
export function PageSkeleton() {
  return (
    <Stack gap="md" aria-hidden>
      <Skeleton height={32} width="50%" />
      <Skeleton height={14} width="30%" />
      <Skeleton height={160} />
      <Skeleton height={14} width="80%" />
      <Skeleton height={14} width="65%" />
    </Stack>
  );
}
