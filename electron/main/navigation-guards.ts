// Applied to every web contents the app creates: it may only show the app's own pages; https
// links open in the system browser; new windows and <webview> are refused.
import { shell, type WebContents } from 'electron';
import { externalLinkTarget, isInternalUrl } from '../policy/navigation';

function openInSystemBrowser(url: string): void {
  const target = externalLinkTarget(url);
  if (target === null) {
    console.warn(`Refused to open ${url}: only https links open outside the app.`);
    return;
  }
  shell.openExternal(target).catch((error: unknown) => {
    console.warn(`Could not open ${target} in the system browser:`, error);
  });
}

export function guardWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (isInternalUrl(url)) return;
    event.preventDefault();
    openInSystemBrowser(url);
  });
  contents.on('will-redirect', (event, url) => {
    if (!isInternalUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    openInSystemBrowser(url);
    return { action: 'deny' };
  });
}
