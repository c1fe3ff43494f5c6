import { Avatar, type MantineSize } from "@mantine/core";

/** Up to two initials, skipping legal forms so "LLC Silk Road" becomes "SR". */
export function initialsOf(name: string): string {
  const words = name
    .replace(/["«»“”'()]/g, " ")
    .split(/\s+/)
    .filter((word) => word && !/^(llc|ooo|ооо|jsc|оао|зао|ао|pjsc|пао|ltd|inc|ҶДММ|ЖЧК|ип|ie)\.?$/i.test(word));
  const letters = words.slice(0, 2).map((word) => word[0]);
  return (letters.join("") || name.slice(0, 1) || "?").toUpperCase();
}

export function OrgAvatar({ name, logoUrl, size = 48 }: { name: string; logoUrl: string | null; size?: MantineSize | number }) {
  return (
    <Avatar src={logoUrl ?? undefined} alt={name} size={size} radius="md" color="brand" variant="light" imageProps={{ style: { objectFit: "contain" } }}>
      {initialsOf(name)}
    </Avatar>
  );
}
