import { Combobox, createTheme, InputWrapper, type MantineColorsTuple } from "@mantine/core";

// A calm teal that reads as "trade and growth" without the urgency of red or the coldness of blue.
const brand: MantineColorsTuple = ["#e7f6f4", "#d2ebe7", "#a3d6ce", "#70c0b4", "#48ad9e", "#2fa191", "#1f9a89", "#0e8677", "#00776a", "#00675b"];
// A warm saffron accent taken from the embroidery of the region's textiles.
const saffron: MantineColorsTuple = ["#fff8e1", "#ffefcc", "#ffdd9b", "#ffca64", "#ffba38", "#ffb01b", "#ffab09", "#e39500", "#ca8400", "#af7100"];

export const theme = createTheme({
  primaryColor: "brand",
  primaryShade: { light: 7, dark: 5 },
  colors: { brand, saffron },
  defaultRadius: "md",
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", "Helvetica Neue", Arial, sans-serif',
  headings: { fontWeight: "650" },
  cursorType: "pointer",
  components: {
    // Closed dropdowns stay in the page by default, labelled like their input; then "the field
    // labelled Country" means two elements to assistive technology and to tests. Unmount them.
    Combobox: Combobox.extend({ defaultProps: { keepMounted: false } }),
    // Mantine writes the required asterisk into the <label>, so the label reads "E-mail *" and an
    // exact match on "E-mail" fails. global.css draws it instead, invisible to the accessible name.
    InputWrapper: InputWrapper.extend({
      defaultProps: { withAsterisk: false },
      classNames: (_theme, props) => ({ label: props.required ? "label-required" : "" }),
    }),
  },
});
