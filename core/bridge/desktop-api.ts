// The typed contract between the renderer and the desktop shell: every capability, its channel,
// its request and response. Main registers exactly these; the preload exposes one function for each.

/** The name under which the preload exposes the API on `window`. */
export const DESKTOP_API_GLOBAL = 'partnershipHealth';

/** Renderer → main request channels (answered with a response). */
export const INVOKE_CHANNELS = {
  getAppInfo: 'app:get-info',
  saveFile: 'file:save',
  openFile: 'file:open',
  writeAutomaticBackup: 'backup:write-automatic',
  listAutomaticBackups: 'backup:list',
  readAutomaticBackup: 'backup:read',
  revealAutomaticBackups: 'backup:reveal-folder',
} as const satisfies Record<string, keyof InvokeContract>;

export type InvokeChannel = (typeof INVOKE_CHANNELS)[keyof typeof INVOKE_CHANNELS];

/** Main → renderer event channel carrying a command chosen in the native menu. */
export const MENU_COMMAND_CHANNEL = 'menu:command';

/** Every command the native menu can send to the renderer. */
export const MENU_COMMANDS = [
  'new-partnership',
  'import-backup',
  'export-backup',
  'export-report',
  'about',
] as const;

export type MenuCommand = (typeof MENU_COMMANDS)[number];

/** What the running app says about itself (About box, diagnostics). */
export interface AppInfo {
  productName: string;
  version: string;
  /** 'desktop' inside Electron, 'browser' in the web build. */
  runtime: 'desktop' | 'browser';
  /** Operating system as Node names it ('darwin', 'win32', 'linux'), or 'web' in a browser. */
  os: string;
}

/** A file-type choice offered in a save or open dialog. Extensions have no dot: ['json']. */
export interface FileFilter {
  name: string;
  extensions: string[];
}

/**
 * The kinds of file the app saves. Main maps each to its dialog filter and extension and forces
 * that extension on the chosen name, so the page cannot save "invoice.pdf.bat".
 */
export const SAVE_FILE_KINDS = ['pdf', 'json', 'csv'] as const;

export type SaveFileKind = (typeof SAVE_FILE_KINDS)[number];

export interface SaveFileRequest {
  /** File name proposed to the user (a name only, never a path); its extension is the kind's. */
  suggestedName: string;
  /** What is saved: a PDF report, a JSON backup or a CSV export. */
  kind: SaveFileKind;
  content: string | Uint8Array;
}

export interface SaveFileResult {
  /** False when the user cancelled the dialog. */
  saved: boolean;
  /** Where the file was written (desktop only). */
  path?: string;
}

export type FileContentKind = 'text' | 'binary';

export interface OpenFileRequest<Kind extends FileContentKind = FileContentKind> {
  filters: FileFilter[];
  /** 'text' reads the file as UTF-8, 'binary' as bytes. */
  as: Kind;
}

export interface OpenedFile<Kind extends FileContentKind = FileContentKind> {
  /** The file's name without its folder. */
  name: string;
  content: Kind extends 'text' ? string : Uint8Array;
}

/** Why an automatic backup was made; it is part of the backup's file name. */
export const AUTOMATIC_BACKUP_REASONS = [
  'start',
  'scheduled',
  'before-restore',
  'before-import',
  'before-upgrade',
] as const;

export type AutomaticBackupReason = (typeof AUTOMATIC_BACKUP_REASONS)[number];

export interface WriteAutomaticBackupRequest {
  /** The backup file text (the data model's backup format), made by the renderer. */
  content: string;
  reason: AutomaticBackupReason;
}

/** One automatic backup file in the backups folder. */
export interface AutomaticBackupInfo {
  /** The file name (no folder); pass it to readAutomaticBackup. */
  name: string;
  /** When it was written (UTC timestamp, from the file name). */
  createdAt: string;
  reason: AutomaticBackupReason;
  /** Size of the backup file in bytes. */
  bytes: number;
  /** False when its checksum is missing or does not match: the file is not offered for restore. */
  valid: boolean;
  /** How many records it holds; null when it is not valid or not a readable backup. */
  records: number | null;
}

export interface WrittenAutomaticBackup {
  name: string;
  createdAt: string;
  bytes: number;
}

/**
 * What main did with a requested automatic backup. It files at most one a minute and none that
 * holds the same data as the newest backup; both are normal outcomes, not failures.
 */
export type AutomaticBackupWriteResult =
  | { status: 'written'; backup: WrittenAutomaticBackup }
  /** The newest backup (`backup`) already holds exactly this data. */
  | { status: 'unchanged'; backup: WrittenAutomaticBackup }
  /** A backup was filed less than a minute ago; ask again after `retryAfterMs`. */
  | { status: 'too-soon'; retryAfterMs: number };

export interface AutomaticBackupList {
  /** The backups folder on disk, for display. */
  folder: string;
  /** Newest first. */
  backups: AutomaticBackupInfo[];
}

/** The request and response type of each invoke channel. */
export interface InvokeContract {
  'app:get-info': { request: void; response: AppInfo };
  'file:save': { request: SaveFileRequest; response: SaveFileResult };
  'file:open': { request: OpenFileRequest; response: OpenedFile | null };
  'backup:write-automatic': {
    request: WriteAutomaticBackupRequest;
    response: AutomaticBackupWriteResult;
  };
  'backup:list': { request: void; response: AutomaticBackupList };
  'backup:read': { request: { name: string }; response: string };
  'backup:reveal-folder': { request: void; response: void };
}

/** The object the preload exposes as `window.partnershipHealth`. */
export interface DesktopApi {
  getAppInfo(): Promise<AppInfo>;
  /** Shows a save dialog for the request's kind, then writes the content. */
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>;
  /** Shows an open dialog, then reads the file; null when the user cancelled. */
  openFile<Kind extends FileContentKind>(
    request: OpenFileRequest<Kind>,
  ): Promise<OpenedFile<Kind> | null>;
  /** Calls `listener` for each native-menu command; returns a function that unsubscribes. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /**
   * Files an automatic backup (atomically, with a checksum) and prunes old ones, unless it holds
   * the newest backup's data or comes within a minute of the last one.
   */
  writeAutomaticBackup(request: WriteAutomaticBackupRequest): Promise<AutomaticBackupWriteResult>;
  /** Lists the automatic backups, newest first, each checked against its checksum. */
  listAutomaticBackups(): Promise<AutomaticBackupList>;
  /** Reads one automatic backup by its file name; refuses a file whose checksum fails. */
  readAutomaticBackup(name: string): Promise<string>;
  /** Shows the backups folder in the system's file manager. */
  revealAutomaticBackups(): Promise<void>;
}

/** True when `value` is one of the menu commands. */
export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);
}
