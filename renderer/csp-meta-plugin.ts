// A Vite plugin that writes the Content-Security-Policy <meta> into the built index.html from the
// policy module, so the page carries the same policy as the app:// header (minus frame-ancestors)
// without a hand-kept copy. Build only: the dev server sends its own development policy header.
import type { Plugin } from 'vite';
import { metaContentSecurityPolicy } from '../electron/policy/content-security-policy';

export function cspMetaPlugin(): Plugin {
  return {
    name: 'partnership-health-csp-meta',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: metaContentSecurityPolicy() },
        // First in <head>: before any script or stylesheet the policy must cover.
        injectTo: 'head-prepend',
      },
    ],
  };
}
