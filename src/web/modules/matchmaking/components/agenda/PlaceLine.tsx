import { Anchor, Group, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { TMeeting } from "../../../../../contracts/matchmaking";
import { PinIcon } from "../../../../ui/icons";
import { pickLocalized } from "../../../../ui/localized";
import { useLanguage } from "../../../../ui/useLanguage";
import { placeOf } from "./agenda-days";

/** Where to go: "Table 12 · Meeting area", "Booth A-14", or the video link of an online meeting. */
export function PlaceLine({ meeting }: { meeting: TMeeting }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const place = placeOf(meeting);
  const text = "label" in place ? pickLocalized(place.label, language) : t(place.key, place.params);
  return (
    <Group gap={6} wrap="nowrap" data-testid="agenda-place" data-place={meeting.place}>
      <PinIcon size={16} />
      <Text size="sm" fw={600}>
        {text}
      </Text>
      {meeting.place === "online" && meeting.videoUrl ? (
        <Anchor href={meeting.videoUrl} target="_blank" rel="noopener noreferrer" size="sm" data-testid="agenda-video-link">
          {t("matchmaking.agenda.join")}
        </Anchor>
      ) : null}
    </Group>
  );
}
