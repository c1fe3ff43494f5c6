import { Alert, Anchor, Select } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { TMe } from "../../../../contracts/directory";
import { pickLocalized } from "../../../ui/localized";
import { useLanguage } from "../../../ui/useLanguage";
import { managesOrganization } from "../../account/session";

type Props = {
  me: TMe;
  label: string;
  value: string | null;
  onChange: (organizationId: string | null) => void;
  error?: React.ReactNode;
  /** Only organisations the user owns or administers (a forum's organiser); else any membership. */
  managedOnly?: boolean;
  description?: string;
  testId?: string;
};

/** One of the user's own organisations; explains how to get one when there is none. */
export function OrganizerSelect({ me, label, value, onChange, error, managedOnly, description, testId }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const memberships = me.memberships.filter((m) => !managedOnly || managesOrganization(m));
  if (memberships.length === 0) {
    return (
      <Alert color="yellow" variant="light" title={label} data-testid={testId}>
        {managedOnly ? t("forums.form.noManagedOrganization") : t("forums.form.noOrganization")}{" "}
        <Anchor component={Link} to="/organizations/new">
          {t("account.createOrganization")}
        </Anchor>
      </Alert>
    );
  }
  return (
    <Select
      label={label}
      description={description}
      data={memberships.map((m) => ({ value: m.organizationId, label: pickLocalized(m.organizationName, language) }))}
      value={value}
      onChange={onChange}
      error={error}
      required
      allowDeselect={false}
      comboboxProps={{ withinPortal: true }}
      placeholder={t("forums.form.chooseOrganization")}
      data-testid={testId}
    />
  );
}
