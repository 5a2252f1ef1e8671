// Registers the desktop API: exactly the contract's channels, each through one wrapper that
// checks the sender and validates the payload (pure policies) before the handler runs.
import { BrowserWindow, ipcMain, type IpcMainInvokeEvent } from 'electron';
import type { AppInfo, InvokeChannel, InvokeContract } from '../../core/bridge/desktop-api';
import { guardIpcHandler, type PayloadValidator } from '../policy/ipc-guard';
import { IPC_PAYLOAD_VALIDATORS } from '../policy/ipc-payloads';
import { openFileWithDialog, saveFileWithDialog } from './file-dialogs';

type Handler<Channel extends InvokeChannel> = (
  request: InvokeContract[Channel]['request'],
  event: IpcMainInvokeEvent,
) => Promise<InvokeContract[Channel]['response']> | InvokeContract[Channel]['response'];

/**
 * The only way a channel is registered: sender check, then validation by the channel's own
 * payload validator, then handler. Services beside the window (automatic backups) register
 * their channels through it too.
 */
export function handle<Channel extends InvokeChannel>(
  channel: Channel,
  handler: Handler<Channel>,
): void {
  const validate: PayloadValidator<InvokeContract[Channel]['request']> =
    IPC_PAYLOAD_VALIDATORS[channel];
  ipcMain.handle(channel, guardIpcHandler(channel, validate, handler));
}

function windowOf(event: IpcMainInvokeEvent): BrowserWindow | null {
  return BrowserWindow.fromWebContents(event.sender);
}

export function registerDesktopApi(appInfo: () => AppInfo): void {
  handle('app:get-info', () => appInfo());
  handle('file:save', (request, event) => saveFileWithDialog(windowOf(event), request));
  handle('file:open', (request, event) => openFileWithDialog(windowOf(event), request));
}
