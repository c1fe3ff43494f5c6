import { Card, Group, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useProductSearch } from "../hooks/directory";
import { ProductCard } from "./ProductCard";
import { SearchResults } from "./SearchResults";

/** The products an organisation offers, with "add" for its members. */
export function OrganizationProducts({ organizationId, canAdd, addButton }: { organizationId: string; canAdd: boolean; addButton: React.ReactNode }) {
  const { t } = useTranslation();
  const products = useProductSearch({ q: "", organizationId });
  return (
    <Card withBorder padding="lg">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4">
          {t("organization.products")}
        </Title>
        {canAdd ? addButton : null}
      </Group>
      <SearchResults
        query={products}
        keyOf={(p) => p.id}
        render={(p) => <ProductCard product={p} hideFictional />}
        totalLabel={(total) => t("directory.productsFound", { total })}
        emptyLabel={t("organization.noProducts")}
        cols={{ base: 1, sm: 2 }}
        showTotal={false}
      />
    </Card>
  );
}
