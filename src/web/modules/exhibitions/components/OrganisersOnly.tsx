import { Alert } from "@mantine/core";
import { useTranslation } from "react-i18next";

/** Said instead of an organiser's page to someone who does not organise this forum. */
export function OrganisersOnly() {
  const { t } = useTranslation();
  return (
    <Alert color="yellow" variant="light" title={t("forums.organisersOnlyTitle")} data-testid="organisers-only">
      {t("forums.organisersOnly")}
    </Alert>
  );
}
