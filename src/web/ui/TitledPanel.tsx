import { Paper, type PaperProps, Stack, Text, Title, type TitleOrder } from "@mantine/core";
import type { ReactNode } from "react";

type Look = { paper: PaperProps; gap: string; order: TitleOrder; size: string; descriptionTop?: number };

const LOOKS = {
  // The whole of a small page such as sign-in: raised, and its title is the page's h1.
  card: { paper: { shadow: "sm", p: { base: "lg", sm: "xl" }, radius: "lg" }, gap: "lg", order: 1, size: "h2", descriptionTop: 4 },
  // One part of a long form: flat, titled one level down.
  section: { paper: { p: { base: "md", sm: "lg" }, radius: "md" }, gap: "md", order: 2, size: "h4" },
} satisfies Record<string, Look>;

type Props = { look: keyof typeof LOOKS; title: string; description?: string; children: ReactNode };

/** A bordered panel headed by a title and an optional dimmed line under it. */
export function TitledPanel({ look, title, description, children }: Props) {
  const { paper, gap, order, size, descriptionTop }: Look = LOOKS[look];
  return (
    <Paper withBorder {...paper}>
      <Stack gap={gap}>
        <div>
          <Title order={order} size={size}>
            {title}
          </Title>
          {description ? (
            <Text c="dimmed" size="sm" mt={descriptionTop}>
              {description}
            </Text>
          ) : null}
        </div>
        {children}
      </Stack>
    </Paper>
  );
}
