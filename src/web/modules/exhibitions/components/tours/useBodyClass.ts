import { useEffect } from "react";

/** Marks <body> while a page is open, for print rules that must not reach other pages. */
export function useBodyClass(...names: string[]) {
  const key = names.join(" ");
  useEffect(() => {
    const list = key.split(" ").filter(Boolean);
    document.body.classList.add(...list);
    return () => document.body.classList.remove(...list);
  }, [key]);
}
