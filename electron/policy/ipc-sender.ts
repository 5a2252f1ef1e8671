// Who may call the desktop API: only the top frame of a window showing the app's own origin.
// A frame inside the page, a page that navigated elsewhere, or a destroyed frame is refused.
import { APP_ORIGIN } from './app-origin';
import { isInternalUrl } from './navigation';

/** The parts of Electron's WebFrameMain the check reads. */
export interface IpcSenderFrame {
  readonly url: string;
  readonly origin: string;
  readonly parent: unknown;
}

/** The part of an IPC event the check reads (Electron's IpcMainInvokeEvent fits). */
export interface IpcEventLike {
  readonly senderFrame: IpcSenderFrame | null;
}

export type SenderCheck = { trusted: true } | { trusted: false; reason: string };

/**
 * Checks the frame that sent an IPC message: it must exist, be a top frame (no parent), have the
 * app's origin and show an app:// page.
 */
export function checkIpcSender(event: IpcEventLike): SenderCheck {
  const frame = event.senderFrame;
  if (frame === null) {
    return { trusted: false, reason: 'the sending frame is gone (navigated or destroyed)' };
  }
  if (frame.parent !== null) {
    return { trusted: false, reason: 'the sender is a sub-frame, not the main frame' };
  }
  if (frame.origin !== APP_ORIGIN) {
    return { trusted: false, reason: `the sender's origin ${frame.origin} is not ${APP_ORIGIN}` };
  }
  if (!isInternalUrl(frame.url)) {
    return { trusted: false, reason: `the sender's page ${frame.url} is not an app page` };
  }
  return { trusted: true };
}
