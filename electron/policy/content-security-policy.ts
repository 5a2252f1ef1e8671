// The Content-Security-Policy sent with every response of the app (desktop and browser mode).

/**
 * The policy string. `'wasm-unsafe-eval'` lets react-pdf's WebAssembly layout run.
 * `style-src 'unsafe-inline'`: Mantine and recharts write <style> elements and style attributes;
 * styles cannot run code, and Signal Desktop makes the same trade. Scripts stay 'self' only.
 * In development Vite's hot reload needs a websocket to itself.
 */
export function contentSecurityPolicy(options: { development?: boolean } = {}): string {
  const connect = options.development
    ? "connect-src 'self' ws://localhost:*"
    : "connect-src 'self'";
  return [
    "default-src 'none'",
    "script-src 'self' 'wasm-unsafe-eval'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    connect,
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
    "frame-src 'self' blob:",
  ].join('; ');
}
