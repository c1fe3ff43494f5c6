import { useEffect } from "react";

/** Sets the tab title; the server writes the shared-link title, this keeps it right while browsing. */
export function useDocumentTitle(title: string | undefined) {
  useEffect(() => {
    document.title = title ? `${title} · Hamkori` : "Hamkori";
  }, [title]);
}
