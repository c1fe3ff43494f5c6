import { AspectRatio, Center, Group, Image, Paper, UnstyledButton } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { BoxIcon } from "../../../ui/icons";

export function PhotoGallery({ photos, name }: { photos: string[]; name: string }) {
  const { t } = useTranslation();
  const [index, setIndex] = useState(0);
  const current = photos[Math.min(index, photos.length - 1)];
  return (
    <div data-testid="product-gallery">
      <Paper withBorder radius="md" style={{ overflow: "hidden" }}>
        <AspectRatio ratio={4 / 3}>
          {current ? (
            <Image src={current} alt={name} fit="contain" bg="gray.0" />
          ) : (
            <Center bg="gray.0" c="gray.4" aria-label={t("product.noPhotos")}>
              <BoxIcon size={64} />
            </Center>
          )}
        </AspectRatio>
      </Paper>
      {photos.length > 1 ? (
        <Group gap="xs" mt="xs">
          {photos.map((url, i) => (
            <UnstyledButton
              key={url}
              onClick={() => setIndex(i)}
              aria-label={t("product.showPhoto", { number: i + 1 })}
              aria-pressed={i === index}
              style={{
                borderRadius: 8,
                overflow: "hidden",
                outline: i === index ? "2px solid var(--mantine-color-brand-6)" : "1px solid var(--mantine-color-gray-3)",
              }}
            >
              <Image src={url} alt="" w={64} h={64} fit="cover" />
            </UnstyledButton>
          ))}
        </Group>
      ) : null}
    </div>
  );
}
