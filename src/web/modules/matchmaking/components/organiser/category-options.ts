import { PARTICIPANT_CATEGORIES } from "../../../../../contracts/matchmaking";

/** Every participant category, named in the interface language, for selects. */
export const participantCategoryOptions = (t: (key: string) => string) =>
  PARTICIPANT_CATEGORIES.map((category) => ({ value: category, label: t(`matchmaking.categories.${category}`) }));
