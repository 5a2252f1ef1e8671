// The font files shipped with the app, by face: Inter for Latin, Greek and Cyrillic; Noto Sans for
// Hebrew, Devanagari, Thai, Chinese/Japanese (SC) and Korean; Noto Emoji (outline, so emoji stay
// text); DejaVu Sans for Arabic, the remaining symbols and the placeholder �. Vite turns each
// `new URL(…, import.meta.url)` into a bundled asset; Node reads the file in place;
// build/build-cli.mjs copies each beside the bundled CLI. No imports, so the build script can load
// this module on its own.

/** Every face the reports use (see fonts.ts for the families they make up). */
export const FONT_FACES = [
  'regular',
  'italic',
  'semibold',
  'bold',
  'hebrew',
  'hebrewBold',
  'devanagari',
  'devanagariBold',
  'thai',
  'thaiBold',
  'chinese',
  'korean',
  'emoji',
  'symbols',
] as const;
export type FontFace = (typeof FONT_FACES)[number];

/** Where each face comes from: a URL the browser can fetch, or a file path in Node. */
export type ReportFontSources = Record<FontFace, string>;

// Literal paths, so that Vite can see and bundle them (it only rewrites literal `new URL` calls).
const FONT_URLS: Record<FontFace, URL> = {
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
  hebrew: new URL(
    '../../../node_modules/@expo-google-fonts/noto-sans-hebrew/400Regular/NotoSansHebrew_400Regular.ttf',
    import.meta.url,
  ),
  hebrewBold: new URL(
    '../../../node_modules/@expo-google-fonts/noto-sans-hebrew/700Bold/NotoSansHebrew_700Bold.ttf',
    import.meta.url,
  ),
  devanagari: new URL(
    '../../../node_modules/@expo-google-fonts/noto-sans-devanagari/400Regular/NotoSansDevanagari_400Regular.ttf',
    import.meta.url,
  ),
  devanagariBold: new URL(
    '../../../node_modules/@expo-google-fonts/noto-sans-devanagari/700Bold/NotoSansDevanagari_700Bold.ttf',
    import.meta.url,
  ),
  thai: new URL(
    '../../../node_modules/@expo-google-fonts/noto-sans-thai/400Regular/NotoSansThai_400Regular.ttf',
    import.meta.url,
  ),
  thaiBold: new URL(
    '../../../node_modules/@expo-google-fonts/noto-sans-thai/700Bold/NotoSansThai_700Bold.ttf',
    import.meta.url,
  ),
  chinese: new URL(
    '../../../node_modules/@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
    import.meta.url,
  ),
  korean: new URL(
    '../../../node_modules/@expo-google-fonts/noto-sans-kr/400Regular/NotoSansKR_400Regular.ttf',
    import.meta.url,
  ),
  emoji: new URL(
    '../../../node_modules/@expo-google-fonts/noto-emoji/400Regular/NotoEmoji_400Regular.ttf',
    import.meta.url,
  ),
  symbols: new URL('./fonts/DejaVuSans.ttf', import.meta.url),
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

/** A source for every face, each given by `sourceOf`. */
export function fontSourcesBy(sourceOf: (face: FontFace) => string): ReportFontSources {
  const sources = {} as ReportFontSources;
  for (const face of FONT_FACES) sources[face] = sourceOf(face);
  return sources;
}

/** The default font sources for the environment this code runs in. */
export function defaultFontSources(): ReportFontSources {
  return fontSourcesBy((face) => fontSourceOf(FONT_URLS[face]));
}

/**
 * The licence text of every font file, by the name it ships under: each @expo-google-fonts
 * package's LICENSE_FONT (SIL Open Font License 1.1), and DejaVu's licence beside its file. The
 * licences require the text to travel with the fonts: the build copies these beside them
 * (dist/cli/fonts, dist/renderer/font-licences).
 */
export function fontLicenceFiles(): Record<string, string> {
  const licences: Record<string, string> = {};
  for (const source of Object.values(defaultFontSources())) {
    const expoPackage = /@expo-google-fonts\/([^/]+)\//.exec(source);
    if (expoPackage) {
      const [, name] = expoPackage;
      licences[`${name}-LICENSE.txt`] =
        `${source.slice(0, expoPackage.index)}@expo-google-fonts/${name}/LICENSE_FONT`;
    } else {
      const file = source.replace(/\.[ot]tf$/, '-LICENSE.txt');
      licences[file.slice(file.lastIndexOf('/') + 1)] = file;
    }
  }
  return licences;
}
