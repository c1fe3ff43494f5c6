// Mantine's PostCSS preset gives our CSS files the same breakpoint and rem helpers as Mantine's own.
module.exports = {
  plugins: {
    "postcss-preset-mantine": {},
  },
};
