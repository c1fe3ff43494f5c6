import { ActionIcon, AspectRatio, Button, FileButton, Group, Image, Paper, SimpleGrid, Stack, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useTranslation } from "react-i18next";
import type { TProduct } from "../../../../contracts/directory";
import { errorMessage } from "../../../ui/ErrorAlert";
import { TrashIcon, UploadIcon } from "../../../ui/icons";
import { checkImageFile, IMAGE_TYPES } from "../../../ui/image-file";
import { useProductPhotos } from "../hooks/directory";

const MAX_PHOTOS = 8;
const fileIdOf = (url: string) => url.split("/").pop() ?? url;

/** Photos upload at once (the product exists already) and show as thumbnails that can be removed. */
export function PhotoManager({ product }: { product: TProduct }) {
  const { t } = useTranslation();
  const { add, remove } = useProductPhotos(product.id);
  const room = MAX_PHOTOS - product.photoUrls.length;

  const upload = async (files: File[]) => {
    for (const file of files.slice(0, room)) {
      const problem = checkImageFile(file);
      if (problem) {
        notifications.show({ color: "red", title: file.name, message: problem === "type" ? t("upload.wrongType") : t("upload.tooLarge", { size: 5 }) });
        continue;
      }
      try {
        // One at a time: the server takes one file per request and keeps their order.
        await add.mutateAsync(file);
      } catch (error) {
        notifications.show({ color: "red", title: file.name, message: errorMessage(error, t) });
      }
    }
    if (files.length > room) notifications.show({ color: "yellow", message: t("productForm.tooManyPhotos", { max: MAX_PHOTOS }) });
  };

  return (
    <Stack gap="sm" data-testid="photo-manager">
      {product.photoUrls.length ? (
        <SimpleGrid cols={{ base: 2, xs: 3, sm: 4 }} spacing="sm">
          {product.photoUrls.map((url, index) => (
            <Paper key={url} withBorder radius="md" style={{ overflow: "hidden", position: "relative" }}>
              <AspectRatio ratio={1}>
                <Image src={url} alt={t("product.photoNumber", { number: index + 1 })} fit="cover" />
              </AspectRatio>
              <ActionIcon
                variant="white"
                color="red"
                pos="absolute"
                top={6}
                right={6}
                onClick={() => remove.mutate(fileIdOf(url), { onError: (error) => notifications.show({ color: "red", message: errorMessage(error, t) }) })}
                loading={remove.isPending && remove.variables === fileIdOf(url)}
                aria-label={t("productForm.removePhoto", { number: index + 1 })}
              >
                <TrashIcon size={16} />
              </ActionIcon>
            </Paper>
          ))}
        </SimpleGrid>
      ) : (
        <Text size="sm" c="dimmed">
          {t("productForm.noPhotos")}
        </Text>
      )}
      <Group gap="sm">
        <FileButton onChange={upload} accept={IMAGE_TYPES.join(",")} multiple disabled={room <= 0}>
          {(props) => (
            <Button {...props} variant="default" leftSection={<UploadIcon size={16} />} loading={add.isPending} disabled={room <= 0}>
              {t("productForm.addPhotos")}
            </Button>
          )}
        </FileButton>
        <Text size="xs" c="dimmed">
          {t("productForm.photosHint", { max: MAX_PHOTOS, size: 5 })}
        </Text>
      </Group>
    </Stack>
  );
}
