// The one interface the app uses for everything the desktop shell or the browser provides.
import type { DesktopApi } from '../../../core/bridge/desktop-api';

/** The desktop API plus whether it is backed by the desktop shell. */
export interface Platform extends DesktopApi {
  /** True inside the desktop app; false in the browser build. */
  readonly isDesktop: boolean;
}
