import type { UseQueryResult } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { NotFoundPage } from "../../../app/NotFoundPage";
import { ErrorAlert } from "../../../ui/ErrorAlert";
import { PageSkeleton } from "../../../ui/Loading";

type Props<T> = {
  /** The record the page changes. */
  query: UseQueryResult<T>;
  /** Whether the signed-in person may change it. */
  allowed: (record: T) => boolean;
  /** Said to everyone else. */
  deniedMessage: string;
  children: (record: T) => ReactNode;
};

/**
 * Shows a page that changes a record only once the record has loaded and only to people allowed
 * to change it. Others get "not found", the answer they would get for a record that does not exist.
 */
export function EditAccess<T>({ query, allowed, deniedMessage, children }: Props<T>) {
  if (query.isPending) return <PageSkeleton />;
  if (query.isError) return <ErrorAlert error={query.error} />;
  if (!allowed(query.data)) return <NotFoundPage message={deniedMessage} />;
  return children(query.data);
}
