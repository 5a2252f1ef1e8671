// The ordered list of schema versions the database is declared with. Append only: add a new
// entry (and its schema file and upgrade test) for each change; never edit a released one.
import type Dexie from 'dexie';
import { SCHEMA_V1 } from './schema-v1';

/** The newest schema version this build of the app knows. */
export const LATEST_SCHEMA_VERSION = 1;

/** Declares every schema version on `db`, oldest first. */
export function declareSchemaVersions(db: Dexie): void {
  db.version(1).stores(SCHEMA_V1);
}
