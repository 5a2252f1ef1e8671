// Wraps every IPC handler: refuses untrusted senders, validates the payload, and only then
// calls the handler with a typed request. main/ipc.ts registers each channel through this.
import { checkIpcSender, type IpcEventLike } from './ipc-sender';

export type Validation<T> = { ok: true; value: T } | { ok: false; error: string };
export type PayloadValidator<T> = (payload: unknown) => Validation<T>;

/**
 * Builds the function to register with `ipcMain.handle(channel, …)`. A refused sender or an
 * invalid payload rejects with an Error saying which channel and why; the handler is not called.
 */
export function guardIpcHandler<Event extends IpcEventLike, Request, Response>(
  channel: string,
  validate: PayloadValidator<Request>,
  handler: (request: Request, event: Event) => Promise<Response> | Response,
): (event: Event, payload?: unknown) => Promise<Response> {
  return async (event, payload) => {
    const sender = checkIpcSender(event);
    if (!sender.trusted) {
      throw new Error(`Refused ${channel}: ${sender.reason}.`);
    }
    const request = validate(payload);
    if (!request.ok) {
      throw new Error(`Refused ${channel}: invalid request, ${request.error}.`);
    }
    return handler(request.value, event);
  };
}
