import { Alert } from "@mantine/core";
import { useTranslation } from "react-i18next";

/** Said wherever generated figures are shown: they must never pass for official statistics. */
export function SyntheticNotice({ dataset }: { dataset: string }) {
  const { t } = useTranslation();
  return (
    <Alert color="orange" variant="light" title={t("trade.synthetic.title")} data-testid="synthetic-notice">
      {t("trade.synthetic.body", { dataset })}
    </Alert>
  );
}
