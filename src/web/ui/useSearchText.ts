import { useDebouncedValue } from "@mantine/hooks";
import { useEffect, useState } from "react";

/**
 * The text of a search box whose query lives in the URL. Typing updates the query after a pause,
 * not on every key; back and forward change the URL under us, and the box then shows its query.
 */
export function useSearchText(query: string, search: (query: string) => void, delayMs: number) {
  const [text, setText] = useState(query);
  const [debounced] = useDebouncedValue(text, delayMs);

  // biome-ignore lint/correctness/useExhaustiveDependencies: only the typed text should trigger this
  useEffect(() => {
    if (debounced.trim() !== query) search(debounced.trim());
  }, [debounced]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: only outside URL changes should trigger this
  useEffect(() => {
    if (query !== text.trim()) setText(query);
  }, [query]);

  return [text, setText] as const;
}
