// The sandboxed preload: exposes window.partnershipHealth with one named function per capability
// of the contract. It never exposes ipcRenderer or an event object; menu commands are checked
// against the contract's list before reaching the page.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import {
  DESKTOP_API_GLOBAL,
  INVOKE_CHANNELS,
  MENU_COMMAND_CHANNEL,
  isMenuCommand,
  type AppInfo,
  type AutomaticBackupList,
  type DesktopApi,
  type MenuCommand,
  type OpenFileRequest,
  type SaveFileRequest,
  type SaveFileResult,
  type AutomaticBackupWriteResult,
  type WriteAutomaticBackupRequest,
} from '../../core/bridge/desktop-api';

const desktopApi = {
  getAppInfo: (): Promise<AppInfo> => ipcRenderer.invoke(INVOKE_CHANNELS.getAppInfo),
  saveFile: (request: SaveFileRequest): Promise<SaveFileResult> =>
    ipcRenderer.invoke(INVOKE_CHANNELS.saveFile, request),
  openFile: (request: OpenFileRequest) => ipcRenderer.invoke(INVOKE_CHANNELS.openFile, request),
  onMenuCommand: (listener: (command: MenuCommand) => void): (() => void) => {
    const forward = (_event: IpcRendererEvent, command: unknown) => {
      if (isMenuCommand(command)) listener(command);
    };
    ipcRenderer.on(MENU_COMMAND_CHANNEL, forward);
    return () => {
      ipcRenderer.removeListener(MENU_COMMAND_CHANNEL, forward);
    };
  },
  writeAutomaticBackup: (
    request: WriteAutomaticBackupRequest,
  ): Promise<AutomaticBackupWriteResult> =>
    ipcRenderer.invoke(INVOKE_CHANNELS.writeAutomaticBackup, request),
  listAutomaticBackups: (): Promise<AutomaticBackupList> =>
    ipcRenderer.invoke(INVOKE_CHANNELS.listAutomaticBackups),
  readAutomaticBackup: (name: string): Promise<string> =>
    ipcRenderer.invoke(INVOKE_CHANNELS.readAutomaticBackup, { name }),
  revealAutomaticBackups: (): Promise<void> =>
    ipcRenderer.invoke(INVOKE_CHANNELS.revealAutomaticBackups),
} satisfies DesktopApi;

contextBridge.exposeInMainWorld(DESKTOP_API_GLOBAL, desktopApi);
