import { Alert, Anchor, Button, Container, Group, Stack, Tabs, Text, Title } from "@mantine/core";
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import type { TLanguage } from "../../../../contracts/common";
import type { TValueChain } from "../../../../contracts/cooperation";
import { ErrorAlert } from "../../../ui/ErrorAlert";
import { PageLoader } from "../../../ui/Loading";
import { pickLocalized } from "../../../ui/localized";
import { useDocumentTitle } from "../../../ui/useDocumentTitle";
import { useLanguage } from "../../../ui/useLanguage";
import { useMe } from "../../account/session";
import { JurisdictionPicker } from "../../trade/components/JurisdictionPicker";
import { SyntheticNotice } from "../../trade/components/SyntheticNotice";
import { usePlaceNames } from "../../trade/hooks/place-names";
import { useTradeOverview } from "../../trade/hooks/trade";
import { OpportunityCard } from "../components/OpportunityCard";
import { ValueChainsPanel } from "../components/ValueChainsPanel";
import { useOpportunities, useSavedOpportunities, useToggleSaved, useValueChains } from "../hooks/cooperation";

/** The pairs people start from: the report's agendas. */
const DEFAULT_PAIR = { a: "TJ", b: "RU-TA" };
const ALWAYS_OFFERED = ["TJ", "KG", "RU", "RU-TA", "KZ", "UZ"];

/** Joint enterprises two jurisdictions could set up along the value chains, and who has which stage. */
export function CooperationPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const a = (params.get("a") ?? DEFAULT_PAIR.a).toUpperCase();
  const b = (params.get("b") ?? DEFAULT_PAIR.b).toUpperCase();
  const tab = ["chains", "saved"].includes(params.get("tab") ?? "") ? (params.get("tab") as string) : "opportunities";
  const chains = useValueChains();
  const language = useLanguage();
  const overview = useTradeOverview();
  const codes = [...new Set([...ALWAYS_OFFERED, ...(overview.data?.jurisdictions ?? []), a, b])];
  const name = usePlaceNames(codes);
  const opportunities = useOpportunities(a, b);
  const signedIn = Boolean(useMe().data);
  const saved = useSavedOpportunities(signedIn);
  const toggleSaved = useToggleSaved();
  const isSaved = (id: string) => (saved.data ?? []).some((s) => s.a === a && s.b === b && s.id === id);
  const title = t("cooperation.title", { a: name(a), b: name(b) });
  useDocumentTitle(title);
  const set = (changes: Record<string, string>) => setParams({ a, b, tab, ...changes }, { replace: true });
  const data = opportunities.data;
  // A shared link names one opportunity after the #: bring it into view once the list is there.
  useEffect(() => {
    if (!data || !window.location.hash.startsWith("#opportunity-")) return;
    document.getElementById(decodeURIComponent(window.location.hash.slice(1)))?.scrollIntoView({ block: "center" });
  }, [data]);
  return (
    <Container size="lg" py="lg">
      <Stack gap="md">
        <Group justify="space-between" align="flex-end" wrap="wrap">
          <div>
            <Title order={1}>{title}</Title>
            <Text c="dimmed" size="sm">
              {t("cooperation.lead")}
            </Text>
          </div>
          <Group gap="xs">
            <Button component={Link} to="/agendas" variant="default">
              {t("agendas.title")}
            </Button>
            <Button component={Link} to="/deals" variant="default">
              {t("deals.title")}
            </Button>
          </Group>
        </Group>
        <Group align="flex-end" wrap="wrap">
          <JurisdictionPicker label={t("trade.field.a")} codes={codes} value={a} exclude={b} onChange={(code) => code && set({ a: code })} />
          <JurisdictionPicker label={t("trade.field.b")} codes={codes} value={b} exclude={a} onChange={(code) => code && set({ b: code })} />
          <Button variant="default" onClick={() => set({ a: b, b: a })}>
            {t("trade.bilateral.swap")}
          </Button>
        </Group>
        {data?.trade?.synthetic ? <SyntheticNotice dataset={data.trade.dataset} /> : null}
        {data && !data.trade ? (
          <Alert color="gray" variant="light">
            {t("cooperation.noTrade")}
          </Alert>
        ) : null}
        <Tabs value={tab} onChange={(value) => set({ tab: value ?? "opportunities" })} keepMounted={false}>
          <Tabs.List>
            <Tabs.Tab value="opportunities">{t("cooperation.tabs.opportunities")}</Tabs.Tab>
            <Tabs.Tab value="chains">{t("cooperation.tabs.chains")}</Tabs.Tab>
            {signedIn ? <Tabs.Tab value="saved">{t("cooperation.tabs.saved")}</Tabs.Tab> : null}
          </Tabs.List>
          <Tabs.Panel value="opportunities" pt="md">
            {opportunities.isPending ? (
              <PageLoader />
            ) : opportunities.isError || !data ? (
              <ErrorAlert error={opportunities.error} />
            ) : (
              <Stack gap="sm">
                <Text size="sm" c="dimmed">
                  {data.trade ? t("cooperation.basis", { dataset: data.trade.dataset, year: data.trade.year }) : t("cooperation.basisCompanies")}
                </Text>
                {data.items.length === 0 ? <Text>{t("cooperation.none")}</Text> : null}
                {data.items.map((o) => (
                  <OpportunityCard
                    key={o.id}
                    opportunity={o}
                    names={{ a: name(a), b: name(b) }}
                    codes={{ a, b }}
                    year={data.trade?.year ?? null}
                    saved={signedIn ? isSaved(o.id) : undefined}
                    onToggleSave={() => toggleSaved.mutate({ a, b, id: o.id, saved: isSaved(o.id) })}
                  />
                ))}
              </Stack>
            )}
          </Tabs.Panel>
          <Tabs.Panel value="saved" pt="md">
            <Stack gap={4}>
              {(saved.data ?? []).length === 0 ? <Text c="dimmed">{t("cooperation.noneSaved")}</Text> : null}
              {(saved.data ?? []).map((s) => (
                <Anchor key={`${s.a}-${s.b}-${s.id}`} component={Link} to={`/cooperation?a=${s.a}&b=${s.b}#opportunity-${encodeURIComponent(s.id)}`}>
                  {name(s.a)} – {name(s.b)}: {savedLabel(s.id, chains.data ?? [], language, t)}
                </Anchor>
              ))}
            </Stack>
          </Tabs.Panel>
          <Tabs.Panel value="chains" pt="md">
            <ValueChainsPanel a={a} b={b} names={{ a: name(a), b: name(b) }} />
          </Tabs.Panel>
        </Tabs>
      </Stack>
    </Container>
  );
}

/** A saved opportunity's line: its kind and the chain's stage, from its id ("kind:chain:stage:side"). */
function savedLabel(id: string, chains: TValueChain[], language: TLanguage, t: (key: string) => string) {
  const [kind, chainId, stageId] = id.split(":");
  const chain = chains.find((c) => c.id === chainId);
  const stage = chain?.stages.find((s) => s.id === stageId);
  return `${t(`cooperation.kind.${kind}.label`)} · ${chain ? pickLocalized(chain.name, language) : chainId} · ${stage ? pickLocalized(stage.name, language) : stageId}`;
}
