// Applied to every web contents the app creates: it may only show the app's own pages. The app
// has no external links, so nothing is handed to the system browser (no shell.openExternal);
// navigation elsewhere, redirects out of the app, new windows and <webview> are all refused.
import type { WebContents } from 'electron';
import { isInternalUrl } from '../policy/navigation';

/** The part of WebContents the guards use (a fake of it is enough to test them). */
export type GuardedContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

export function guardWebContents(contents: GuardedContents): void {
  contents.on('will-navigate', (event, url) => {
    if (isInternalUrl(url)) return;
    event.preventDefault();
    console.warn(`Refused to navigate to ${url}: the app shows only its own pages.`);
  });
  contents.on('will-redirect', (event, url) => {
    if (!isInternalUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    console.warn(`Refused to open a window for ${url}: the app opens no other windows.`);
    return { action: 'deny' };
  });
}
