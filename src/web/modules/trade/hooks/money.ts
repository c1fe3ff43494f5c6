import { useCallback } from "react";
import { formatCompactMoney } from "../../../ui/format";
import { useLanguage } from "../../../ui/useLanguage";

/** US dollars the way people say large amounts, in the reader's language. */
export function useUsd() {
  const language = useLanguage();
  return useCallback(
    (value: number | null | undefined) => (value === null || value === undefined ? "—" : formatCompactMoney(value, "USD", language)),
    [language],
  );
}
