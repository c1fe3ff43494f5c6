import { Box, Stack, Tabs, Text, TextInput, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { BoxIcon, BuildingIcon, SearchIcon } from "../../../ui/icons";
import { useDocumentTitle } from "../../../ui/useDocumentTitle";
import { useSearchText } from "../../../ui/useSearchText";
import { DirectoryFilters } from "../components/DirectoryFilters";
import { OrganizationCard } from "../components/OrganizationCard";
import { ProductCard } from "../components/ProductCard";
import { SearchResults } from "../components/SearchResults";
import { useOrganizationSearch, useProductSearch } from "../hooks/directory";
import { type DirectoryTab, useDirectoryParams } from "../hooks/useDirectoryParams";

export function DirectoryPage() {
  const { t } = useTranslation();
  useDocumentTitle(t("directory.title"));
  const [params, update] = useDirectoryParams();
  const [text, setText] = useSearchText(params.q, (q) => update({ q }), 250);

  const organizations = useOrganizationSearch(
    { q: params.q, country: params.country, region: params.region, sector: params.sector, hs: params.hs },
    params.tab === "organizations",
  );
  const products = useProductSearch({ q: params.q, country: params.country, region: params.region, hs: params.hs }, params.tab === "products");

  return (
    <Stack gap="lg">
      <Box className="hero" p={{ base: "md", sm: 40 }} style={{ borderRadius: "var(--mantine-radius-lg)" }}>
        <Stack gap="md" maw={760}>
          <Title order={1} fz={{ base: 24, sm: 34 }} c="white">
            {t("directory.heading")}
          </Title>
          <Text c="brand.0" fz={{ base: "sm", sm: "md" }} visibleFrom="sm">
            {t("directory.subheading")}
          </Text>
          <TextInput
            size="lg"
            radius="md"
            value={text}
            onChange={(event) => setText(event.currentTarget.value)}
            placeholder={params.tab === "products" ? t("directory.searchProducts") : t("directory.searchOrganizations")}
            aria-label={t("directory.searchLabel")}
            leftSection={<SearchIcon size={20} />}
            data-testid="directory-search"
            type="search"
            autoComplete="off"
          />
        </Stack>
      </Box>

      <Tabs value={params.tab} onChange={(tab) => tab && update({ tab: tab as DirectoryTab })} variant="pills" keepMounted={false}>
        <Stack gap="lg">
          <Tabs.List aria-label={t("directory.whatToSearch")} data-testid="directory-tabs">
            <Tabs.Tab value="organizations" leftSection={<BuildingIcon size={16} />}>
              {t("directory.tabOrganizations")}
            </Tabs.Tab>
            <Tabs.Tab value="products" leftSection={<BoxIcon size={16} />}>
              {t("directory.tabProducts")}
            </Tabs.Tab>
          </Tabs.List>

          <DirectoryFilters params={params} onChange={update} />

          <Tabs.Panel value="organizations">
            <SearchResults
              query={organizations}
              keyOf={(org) => org.id}
              render={(org) => <OrganizationCard organization={org} />}
              totalLabel={(total) => t("directory.organizationsFound", { total })}
              emptyLabel={t("directory.noOrganizations")}
            />
          </Tabs.Panel>
          <Tabs.Panel value="products">
            <SearchResults
              query={products}
              keyOf={(product) => product.id}
              render={(product) => <ProductCard product={product} />}
              totalLabel={(total) => t("directory.productsFound", { total })}
              emptyLabel={t("directory.noProducts")}
            />
          </Tabs.Panel>
        </Stack>
      </Tabs>
    </Stack>
  );
}
