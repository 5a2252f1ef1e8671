// The Content-Security-Policy of the app: sent with every response (desktop and browser mode)
// and, as a second line, in renderer/index.html's <meta> (a test keeps the two the same).

/**
 * The directives. `'wasm-unsafe-eval'` lets react-pdf's WebAssembly layout run.
 * `style-src 'unsafe-inline'`: Mantine and recharts write <style> elements and style attributes;
 * styles cannot run code, and Signal Desktop makes the same trade. Scripts stay 'self' only.
 * `frame-src blob:`: the report preview shows the made PDF in an iframe of a blob: URL; the app
 * frames nothing else (not even itself). In development Vite's hot reload needs a websocket.
 */
function directives(development: boolean): string[] {
  return [
    "default-src 'none'",
    "script-src 'self' 'wasm-unsafe-eval'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    development ? "connect-src 'self' ws://localhost:*" : "connect-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
    'frame-src blob:',
  ];
}

/** The policy sent as the Content-Security-Policy header. */
export function contentSecurityPolicy(options: { development?: boolean } = {}): string {
  return directives(options.development ?? false).join('; ');
}

/**
 * The policy for index.html's `<meta http-equiv="Content-Security-Policy">`: the header's,
 * without `frame-ancestors`, which a meta element cannot carry (browsers ignore it and warn).
 */
export function metaContentSecurityPolicy(): string {
  return directives(false)
    .filter((directive) => !directive.startsWith('frame-ancestors'))
    .join('; ');
}
