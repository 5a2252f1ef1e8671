// The font files shipped with the app, by face: Inter, plus DejaVu Sans for scripts Inter lacks.
// Vite turns each `new URL(…, import.meta.url)` into a bundled asset; Node reads the file in
// place; build/build-cli.mjs copies each beside the bundled CLI. No imports, so the build script
// can load this module on its own.

/** Where each face of the report font comes from: a URL the browser can fetch, or a file path in Node. */
export interface ReportFontSources {
  regular: string;
  italic: string;
  semibold: string;
  bold: string;
  fallback: string;
}

// Literal paths, so that Vite can see and bundle them (it only rewrites literal `new URL` calls).
const FONT_URLS = {
  regular: new URL(
    '../../../node_modules/@expo-google-fonts/inter/400Regular/Inter_400Regular.ttf',
    import.meta.url,
  ),
  italic: new URL(
    '../../../node_modules/@expo-google-fonts/inter/400Regular_Italic/Inter_400Regular_Italic.ttf',
    import.meta.url,
  ),
  semibold: new URL(
    '../../../node_modules/@expo-google-fonts/inter/600SemiBold/Inter_600SemiBold.ttf',
    import.meta.url,
  ),
  bold: new URL(
    '../../../node_modules/@expo-google-fonts/inter/700Bold/Inter_700Bold.ttf',
    import.meta.url,
  ),
  fallback: new URL('./fonts/DejaVuSans.ttf', import.meta.url),
};

/**
 * A `file:` URL becomes a file path (react-pdf would try to fetch it, which Node cannot);
 * any other URL (http:, app:, blob:) stays a URL for the browser to fetch.
 */
export function fontSourceOf(url: URL): string {
  if (url.protocol !== 'file:') return url.href;
  const path = decodeURIComponent(url.pathname);
  // Windows: `/C:/…` → `C:/…`.
  return /^\/[A-Za-z]:\//.test(path) ? path.slice(1) : path;
}

/** The default font sources for the environment this code runs in. */
export function defaultFontSources(): ReportFontSources {
  return {
    regular: fontSourceOf(FONT_URLS.regular),
    italic: fontSourceOf(FONT_URLS.italic),
    semibold: fontSourceOf(FONT_URLS.semibold),
    bold: fontSourceOf(FONT_URLS.bold),
    fallback: fontSourceOf(FONT_URLS.fallback),
  };
}
