// The app's Mantine theme: one primary colour, a system font stack close to Inter, calm radii.
import { createTheme, Modal, Notification, type CSSVariablesResolver } from '@mantine/core';

const FONT_STACK =
  "Inter, 'Segoe UI Variable', 'Segoe UI', system-ui, -apple-system, BlinkMacSystemFont, Roboto, 'Helvetica Neue', Arial, sans-serif";

export const appTheme = createTheme({
  primaryColor: 'indigo',
  // Shade 7 keeps white text on filled buttons above 4.5:1 in both schemes.
  primaryShade: { light: 7, dark: 7 },
  fontFamily: FONT_STACK,
  headings: { fontFamily: FONT_STACK, fontWeight: '650' },
  defaultRadius: 'md',
  cursorType: 'pointer',
  // Icon-only close buttons need a name for screen readers.
  components: {
    // The dialog's <header> is not the page's banner: one banner landmark per page.
    Modal: Modal.extend({
      defaultProps: {
        closeButtonProps: { 'aria-label': 'Close dialog' },
        attributes: { header: { role: 'none' } },
      },
    }),
    Notification: Notification.extend({
      defaultProps: { closeButtonProps: { 'aria-label': 'Dismiss notification' } },
    }),
  },
});

/**
 * Contrast fixes for WCAG AA: Mantine's default dimmed grey on white is about 3.3:1, and the
 * text of light variants on their tint is close to 4:1; darker shades keep them readable.
 */
export const cssVariablesResolver: CSSVariablesResolver = (theme) => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': theme.colors.gray[7]!,
    // Text of "light" variants (active navigation, alerts, subtle buttons) darker.
    '--mantine-color-indigo-light-color': theme.colors.indigo[9]!,
    '--mantine-color-red-light-color': theme.colors.red[9]!,
    '--mantine-color-error': theme.colors.red[9]!,
  },
  dark: {
    '--mantine-color-dimmed': theme.colors.dark[1]!,
    '--mantine-color-error': theme.colors.red[5]!,
  },
});
