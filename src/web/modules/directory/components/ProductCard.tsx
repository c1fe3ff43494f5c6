import { AspectRatio, Badge, Box, Card, Center, Group, Image, Stack, Text } from "@mantine/core";
import { Link } from "react-router";
import type { TProduct } from "../../../../contracts/directory";
import { formatMoney } from "../../../ui/format";
import { BoxIcon } from "../../../ui/icons";
import { organizationName, pickLocalized } from "../../../ui/localized";
import { useLanguage } from "../../../ui/useLanguage";
import { FictionalBadge } from "./FictionalBadge";
import { Location } from "./Location";

/** `hideFictional` drops the demo badge where the maker's page already shows it once. */
export function ProductCard({ product, hideFictional = false }: { product: TProduct; hideFictional?: boolean }) {
  const language = useLanguage();
  const name = pickLocalized(product.name, language);
  const photo = product.photoUrls[0];
  return (
    <Card component={Link} to={`/products/${product.id}`} withBorder padding="md" radius="md" className="card-link" data-testid="product-card">
      <Card.Section pos="relative">
        {product.fictional && !hideFictional ? (
          <Box pos="absolute" top={8} left={8} style={{ zIndex: 1 }}>
            <FictionalBadge />
          </Box>
        ) : null}
        <AspectRatio ratio={16 / 9}>
          {photo ? (
            <Image src={photo} alt={name} fit="cover" loading="lazy" />
          ) : (
            <Center bg="gray.0" c="gray.4" aria-hidden>
              <BoxIcon size={40} />
            </Center>
          )}
        </AspectRatio>
      </Card.Section>
      <Stack gap={4} mt="sm">
        <Text fw={600} lineClamp={2} data-testid="product-card-name">
          {name}
        </Text>
        <Text size="sm" lineClamp={1}>
          {organizationName(product.organization, language)}
        </Text>
        <Location country={product.organization.country} region={product.organization.region} />
        <Group gap="xs" justify="space-between" mt={4} wrap="nowrap">
          <Badge variant="light" color="blue" size="sm" ff="monospace" title={product.hsDescription ?? undefined} style={{ flexShrink: 0 }}>
            HS {product.hsCode}
          </Badge>
          {product.price ? (
            <Text size="sm" fw={600} c="brand.8" truncate>
              {formatMoney(product.price.amount, product.price.currency, language)}
            </Text>
          ) : null}
        </Group>
      </Stack>
    </Card>
  );
}
