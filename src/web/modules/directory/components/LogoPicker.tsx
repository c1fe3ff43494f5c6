import { Button, FileButton, Group, Stack, Text } from "@mantine/core";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { UploadIcon } from "../../../ui/icons";
import { checkImageFile, IMAGE_TYPES } from "../../../ui/image-file";
import { OrgAvatar } from "../../../ui/OrgAvatar";

type Props = { name: string; currentUrl: string | null; file: File | null; onChange: (file: File | null) => void; error?: React.ReactNode };

/** Chooses a logo and previews it; the form uploads it when saved (the organisation may not exist yet). */
export function LogoPicker({ name, currentUrl, file, onChange, error }: Props) {
  const { t } = useTranslation();
  const [preview, setPreview] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  // Object URLs hold the file in memory until revoked.
  useEffect(() => {
    if (!file) return setPreview(null);
    const url = URL.createObjectURL(file);
    setPreview(url);
    return () => URL.revokeObjectURL(url);
  }, [file]);

  const choose = (chosen: File | null) => {
    if (!chosen) return;
    const check = checkImageFile(chosen);
    if (check) {
      setProblem(check === "type" ? t("upload.wrongType") : t("upload.tooLarge", { size: 5 }));
      return;
    }
    setProblem(null);
    onChange(chosen);
  };

  return (
    <Group gap="lg" align="center">
      <OrgAvatar name={name || "?"} logoUrl={preview ?? currentUrl} size={96} />
      <Stack gap={6}>
        <Group gap="xs">
          <FileButton onChange={choose} accept={IMAGE_TYPES.join(",")}>
            {(props) => (
              <Button {...props} variant="default" leftSection={<UploadIcon size={16} />}>
                {currentUrl || file ? t("organizationForm.changeLogo") : t("organizationForm.chooseLogo")}
              </Button>
            )}
          </FileButton>
          {file ? (
            <Button variant="subtle" color="gray" onClick={() => onChange(null)}>
              {t("common.cancel")}
            </Button>
          ) : null}
        </Group>
        <Text size="xs" c="dimmed">
          {file ? t("organizationForm.logoPending", { name: file.name }) : t("upload.hint", { size: 5 })}
        </Text>
        {problem || error ? (
          <Text size="sm" c="red" role="alert">
            {problem ?? error}
          </Text>
        ) : null}
      </Stack>
    </Group>
  );
}
