// Fake IPC events for the sender-check and guard tests (no electron import).
import type { IpcEventLike, IpcSenderFrame } from './ipc-sender';

const appFrame: IpcSenderFrame = {
  url: 'app://partnership-health/index.html',
  origin: 'app://partnership-health',
  parent: null,
};

/** An event from the app's main frame, with any frame field overridden. */
export function fakeEvent(frame: Partial<IpcSenderFrame> | null = {}): IpcEventLike {
  return { senderFrame: frame === null ? null : { ...appFrame, ...frame } };
}
