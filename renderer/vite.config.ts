// Vite build of the renderer: one static app served from app:// (desktop) or vite preview (browser).
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { contentSecurityPolicy } from '../electron/policy/content-security-policy';
import { cspMetaPlugin } from './csp-meta-plugin';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: './',
  plugins: [react(), cspMetaPlugin()],
  build: {
    outDir: fileURLToPath(new URL('../dist/renderer', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
    // Lists each chunk's static imports: the bench measures the start-up budget from it.
    manifest: true,
  },
  // The browser build is served with the same CSP header as the desktop app.
  preview: { headers: { 'Content-Security-Policy': contentSecurityPolicy() } },
  server: { headers: { 'Content-Security-Policy': contentSecurityPolicy({ development: true }) } },
});
