import { Accordion, List, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";

/** How untapped potential is estimated, in four lines, beside the figures it explains. */
export function MethodNote() {
  const { t } = useTranslation();
  return (
    <Accordion variant="contained">
      <Accordion.Item value="method">
        <Accordion.Control>{t("trade.method.title")}</Accordion.Control>
        <Accordion.Panel>
          <List size="sm" spacing={4}>
            <List.Item>{t("trade.method.supply")}</List.Item>
            <List.Item>{t("trade.method.demand")}</List.Item>
            <List.Item>{t("trade.method.ease")}</List.Item>
            <List.Item>{t("trade.method.untapped")}</List.Item>
          </List>
          <Text size="xs" c="dimmed" mt="xs">
            {t("trade.method.limits")}
          </Text>
        </Accordion.Panel>
      </Accordion.Item>
    </Accordion>
  );
}
