import { Anchor, Center, Stack, Text } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { TitledPanel } from "../../../ui/TitledPanel";
import { useDocumentTitle } from "../../../ui/useDocumentTitle";

type Props = {
  /** Which page: its title ("auth.<page>.title") heads the card and names the browser tab; "auth.<page>.subtitle" goes under it. */
  page: "signIn" | "signUp" | "forgot" | "reset";
  children: ReactNode;
  footer?: ReactNode;
};

/** The narrow centred card that every sign-in style page uses. */
export function AuthCard({ page, children, footer }: Props) {
  const { t } = useTranslation();
  const title = t(`auth.${page}.title`);
  useDocumentTitle(title);
  return (
    <Center py={{ base: "md", sm: 48 }}>
      <Stack w="100%" maw={420} gap="md">
        <TitledPanel look="card" title={title} description={t(`auth.${page}.subtitle`)}>
          {children}
        </TitledPanel>
        {footer ? (
          <Text ta="center" size="sm">
            {footer}
          </Text>
        ) : null}
      </Stack>
    </Center>
  );
}

/** A footer that offers the other way in, such as "No account yet? Create one". */
export function AuthCardPrompt({ question, to, link }: { question: string; to: string; link: string }) {
  return (
    <>
      {question}{" "}
      <Anchor component={Link} to={to} fw={500}>
        {link}
      </Anchor>
    </>
  );
}

/** The footer of the password-reset pages. */
export function BackToSignIn() {
  const { t } = useTranslation();
  return (
    <Anchor component={Link} to="/sign-in">
      {t("auth.backToSignIn")}
    </Anchor>
  );
}
