import { Anchor, Group, Title } from "@mantine/core";
import { Link } from "react-router";
import { ArrowLeftIcon } from "../../../ui/icons";

/** An edit page's heading: what is being edited, under a link back to its public page. */
export function EditHeading({ title, backTo, backLabel }: { title: string; backTo: string; backLabel: string }) {
  return (
    <div>
      <Anchor component={Link} to={backTo} size="sm">
        <Group gap={4} component="span">
          <ArrowLeftIcon size={14} />
          {backLabel}
        </Group>
      </Anchor>
      <Title order={1} mt={4}>
        {title}
      </Title>
    </div>
  );
}
