import { Alert, Anchor, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { TRegistration } from "../../../../contracts/exhibitions";
import type { ApiError } from "../../../api/client";
import { PageLoader } from "../../../ui/Loading";
import { useMe } from "../../account/session";
import { BadgeDone } from "../components/BadgeDone";
import { RegistrationForm } from "../components/RegistrationForm";
import { useForum, useForumId } from "../hooks/forum";

/** Refusals that deserve more than an error beside a field: the e-mail is registered, or registration closed meanwhile. */
const refusalOf = (error: ApiError) => (error.code === "already_registered" ? "already" : error.code === "registration_closed" ? "closed" : null);

export function RegisterPage() {
  const { t } = useTranslation();
  const id = useForumId();
  const forum = useForum(id);
  const me = useMe();
  const [done, setDone] = useState<TRegistration | null>(null);
  const [refusal, setRefusal] = useState<"already" | "closed" | null>(null);

  if (!forum.data || me.isPending) return <PageLoader />;
  if (done) return <BadgeDone registration={done} signedIn={!!me.data} />;

  return (
    <Stack gap="lg" maw={640}>
      <div>
        <Title order={2} size="h3">
          {t("registration.title")}
        </Title>
        <Text c="dimmed">{t("registration.subtitle")}</Text>
      </div>
      {refusal === "already" ? (
        <Alert color="yellow" variant="light" title={t("registration.already.title")} data-testid="already-registered">
          {t("registration.already.text")}{" "}
          {me.data ? (
            <Anchor component={Link} to="/registrations">
              {t("registration.myBadges.link")}
            </Anchor>
          ) : null}
        </Alert>
      ) : null}
      {!forum.data.registrationOpen || refusal === "closed" ? (
        <Alert color="gray" variant="light" title={t("registration.closed.title")} data-testid="registration-closed">
          {t("registration.closed.text")}
        </Alert>
      ) : (
        <RegistrationForm forumId={id} me={me.data ?? null} onRegistered={setDone} onRefused={(error) => setRefusal(refusalOf(error))} />
      )}
    </Stack>
  );
}
