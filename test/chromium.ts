// Debian's Chromium and the flags every browser run of the tests uses: Playwright's e2e suite
// and the durability kill test, which starts Chromium as a plain process.

/** The browser binary (Debian's package, not a Playwright download). */
export const CHROMIUM_PATH = '/usr/bin/chromium';

/** Without the background ones Chromium floods the network with requests nobody asked for. */
export const CHROMIUM_FLAGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
