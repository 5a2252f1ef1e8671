// The app's Mantine theme: one primary colour, a system font stack close to Inter, calm radii.
import { createTheme } from '@mantine/core';

const FONT_STACK =
  "Inter, 'Segoe UI Variable', 'Segoe UI', system-ui, -apple-system, BlinkMacSystemFont, Roboto, 'Helvetica Neue', Arial, sans-serif";

export const appTheme = createTheme({
  primaryColor: 'indigo',
  primaryShade: { light: 7, dark: 4 },
  fontFamily: FONT_STACK,
  headings: { fontFamily: FONT_STACK, fontWeight: '650' },
  defaultRadius: 'md',
  cursorType: 'pointer',
});
