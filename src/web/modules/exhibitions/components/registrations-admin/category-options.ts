import { VISITOR_CATEGORIES } from "../../../../../contracts/exhibitions";

/** Every visitor category, named in the interface language, for selects. */
export const categoryOptions = (t: (key: string) => string) =>
  VISITOR_CATEGORIES.map((category) => ({ value: category, label: t(`checkIn.categories.${category}`) }));
