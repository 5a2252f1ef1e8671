// The app's Mantine theme: one primary colour, Inter (shipped with the app) with system fallbacks, calm radii.
import { createTheme, darken, Modal, Notification, type CSSVariablesResolver } from '@mantine/core';

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
  // Filled badges and buttons in light colours (yellow, lime…) get dark text, not white.
  autoContrast: true,
  components: {
    // Icon-only close buttons need a name for screen readers.
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
/** Colours whose darkest shade is still too light for text on their own tint. */
const PALE_COLORS = ['yellow', 'orange', 'lime'];

export const cssVariablesResolver: CSSVariablesResolver = (theme) => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': theme.colors.gray[7]!,
    '--mantine-color-error': theme.colors.red[9]!,
    // Text of "light" variants (badges, alerts, active items, subtle buttons), every colour.
    ...Object.fromEntries(
      Object.entries(theme.colors).map(([name, shades]) => [
        `--mantine-color-${name}-light-color`,
        PALE_COLORS.includes(name) ? darken(shades[9]!, 0.4) : shades[9]!,
      ]),
    ),
  },
  dark: {
    '--mantine-color-dimmed': theme.colors.dark[1]!,
    '--mantine-color-error': theme.colors.red[5]!,
  },
});
