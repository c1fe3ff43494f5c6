import { Anchor, Badge, Checkbox, Group, Loader, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { pickLocalized } from "../../../ui/localized";
import { useLanguage } from "../../../ui/useLanguage";
import { useOrganizationProducts } from "../hooks/applications";

type Props = { organizationId: string | null; value: string[]; onChange: (ids: string[]) => void; error?: React.ReactNode };

/** Which of the organisation's catalogue products it will show at the forum. */
export function ProductChooser({ organizationId, value, onChange, error }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const products = useOrganizationProducts(organizationId);
  if (!organizationId) return null;
  if (products.isPending) return <Loader size="sm" aria-label={t("common.loading")} />;
  const items = products.data ?? [];
  if (items.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t("exhibitors.apply.noProducts")}{" "}
        <Anchor component={Link} to={`/organizations/${organizationId}/products/new`}>
          {t("product.add")}
        </Anchor>
      </Text>
    );
  }
  return (
    <Checkbox.Group label={t("exhibitors.apply.products")} description={t("exhibitors.apply.productsHint")} value={value} onChange={onChange} error={error}>
      <Stack gap="xs" mt="xs" data-testid="product-chooser">
        {items.map((product) => (
          <Checkbox
            key={product.id}
            value={product.id}
            label={
              <Group gap={6} wrap="nowrap" component="span">
                <span>{pickLocalized(product.name, language)}</span>
                <Badge variant="light" color="gray" size="sm" ff="monospace">
                  {product.hsCode}
                </Badge>
              </Group>
            }
          />
        ))}
      </Stack>
    </Checkbox.Group>
  );
}
