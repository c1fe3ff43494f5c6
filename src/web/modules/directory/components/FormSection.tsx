import type { ReactNode } from "react";
import { TitledPanel } from "../../../ui/TitledPanel";

/** A titled block of a long form, so people can see where they are. */
export function FormSection({ title, description, children }: { title: string; description?: string; children: ReactNode }) {
  return (
    <TitledPanel look="section" title={title} description={description}>
      {children}
    </TitledPanel>
  );
}
