import { Anchor, Badge, Button, CopyButton, Group, Paper, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { TOpportunity } from "../../../../contracts/cooperation";
import { Fact } from "../../../ui/Fact";
import { formatDecimal } from "../../../ui/format";
import { pickLocalized } from "../../../ui/localized";
import { useLanguage } from "../../../ui/useLanguage";
import { ProposeMeetingButton } from "../../matchmaking/components/ProposeMeetingButton";
import { useUsd } from "../../trade/hooks/money";

type Props = {
  opportunity: TOpportunity;
  names: { a: string; b: string };
  codes: { a: string; b: string };
  year: number | null;
  /** Whether the reader saved it; undefined when nobody is signed in (nothing to save to). */
  saved?: boolean;
  onToggleSave?: () => void;
};

/** One proposed joint enterprise: what and why in a sentence, the figures behind it, and who could do it on each side. */
export function OpportunityCard({ opportunity: o, names, codes, year, saved, onToggleSave }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const usd = useUsd();
  const market = o.producer === "a" ? "b" : "a";
  const text = (value: { name: Record<string, string | undefined> }) => pickLocalized(value.name, language);
  // Stage names start with a capital as headings; inside a sentence they read as common nouns.
  const inSentence = (value: { name: Record<string, string | undefined> }) => {
    const name = text(value);
    return name.charAt(0).toLocaleLowerCase(language) + name.slice(1);
  };
  const sentence = t(`cooperation.kind.${o.kind}.sentence`, {
    producer: names[o.producer],
    market: names[market],
    stage: inSentence(o.stage),
    input: o.inputStage ? inSentence(o.inputStage) : "",
  });
  const producerFigures = o.figures[o.producer];
  const rca = (o.inputStage ? producerFigures.input : producerFigures.stage)?.rca ?? null;
  return (
    <Paper withBorder radius="md" p={{ base: "sm", sm: "md" }} data-testid="opportunity" data-opportunity={o.id} id={`opportunity-${o.id}`}>
      <Stack gap="xs">
        <Group gap="xs">
          <Badge variant="light">{text(o.chain)}</Badge>
          <Badge variant="outline" color="gray">
            {t(`cooperation.kind.${o.kind}.label`)}
          </Badge>
        </Group>
        <Title order={3} fz="md">
          {sentence}
        </Title>
        {o.inputStage ? (
          <Text size="sm" c="dimmed">
            {text(o.inputStage)} → {text(o.stage)}
          </Text>
        ) : null}
        {year !== null ? (
          <Group gap="lg" wrap="wrap">
            <Fact
              label={t(o.kind === "missing-stage" ? "cooperation.figures.bothImport" : "cooperation.figures.imports", {
                side: names[market],
                stage: text(o.stage),
                year,
              })}
            >
              <Text fw={600}>{usd(o.marketUsd)}</Text>
            </Fact>
            {o.supplyUsd > 0 ? (
              <Fact label={t("cooperation.figures.exports", { side: names[o.producer], stage: inSentence(o.inputStage ?? o.stage), year })}>
                <Text fw={600}>{rca !== null ? `${usd(o.supplyUsd)} · RCA ${formatDecimal(rca, language, 1)}` : usd(o.supplyUsd)}</Text>
              </Fact>
            ) : null}
            {o.untappedUsd !== null ? (
              <Fact label={t("cooperation.figures.untapped", { from: names[o.producer], to: names[market] })}>
                <Text fw={600}>{usd(o.untappedUsd)}</Text>
              </Fact>
            ) : null}
          </Group>
        ) : null}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" data-testid="candidates">
          {(["a", "b"] as const).map((side) => (
            <Stack key={side} gap={2}>
              <Text size="xs" fw={600} tt="uppercase" c="dimmed">
                {t("cooperation.candidates", { side: names[side] })}
              </Text>
              {o.candidates[side].length === 0 ? (
                <Text size="sm" c="dimmed">
                  {t("cooperation.noCandidates")}
                </Text>
              ) : (
                o.candidates[side].map((company) => (
                  <Group key={company.id} gap="xs" justify="space-between" wrap="nowrap" data-testid="candidate">
                    <Anchor component={Link} to={`/organizations/${company.id}`} size="sm">
                      {pickLocalized(company.name, language)}
                    </Anchor>
                    <ProposeMeetingButton organization={company} size="xs" variant="subtle" />
                  </Group>
                ))
              )}
            </Stack>
          ))}
        </SimpleGrid>
        <Group justify="flex-end" gap="xs">
          {saved !== undefined ? (
            <Button variant={saved ? "light" : "subtle"} size="xs" onClick={onToggleSave} aria-pressed={saved}>
              {saved ? t("cooperation.saved") : t("cooperation.save")}
            </Button>
          ) : null}
          <CopyButton value={`${window.location.origin}/cooperation?a=${codes.a}&b=${codes.b}#opportunity-${encodeURIComponent(o.id)}`}>
            {({ copied, copy }) => (
              <Button variant="subtle" size="xs" onClick={copy}>
                {copied ? t("cooperation.linkCopied") : t("cooperation.share")}
              </Button>
            )}
          </CopyButton>
          <Button
            component="a"
            href={`/api/v1/opportunities/brief.pdf?${new URLSearchParams({ a: codes.a, b: codes.b, id: o.id, lang: language })}`}
            variant="default"
            size="xs"
          >
            {t("cooperation.brief")}
          </Button>
          <Button component={Link} to={dealLink(o, sentence, codes[o.producer])} variant="light" size="xs">
            {t("cooperation.turnIntoDeal")}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

/** The new-deal form, filled in with what the opportunity says: a joint venture making the stage where the producer is. */
function dealLink(o: TOpportunity, title: string, where: string) {
  const params = new URLSearchParams({ kind: "joint_venture", title, hs: o.stage.hs.join(", "), opportunity: o.id, where });
  return `/deals/new?${params}`;
}
