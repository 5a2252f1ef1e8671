// The usable organizations and partnerships in one checked read: lists that show both (and the
// partnership form) check them once, and agree on which are usable.
import type { Organization, Partnership } from '../../../core/domain/types';
import { appDatabase } from './database';
import { readCheckedParents } from './dataset-access';

/** Usable organizations (by name) and partnerships (most recently updated first). */
export interface Parents {
  organizations: Organization[];
  partnerships: Partnership[];
}

/** Every usable organization and partnership, read and checked together, sorted for display. */
export async function listParents(): Promise<Parents> {
  const db = appDatabase();
  const { organizations, partnerships } = await db.transaction(
    'r',
    [db.organizations, db.partnerships],
    () => readCheckedParents(db),
  );
  return {
    organizations: organizations.sort((a, b) => a.name.localeCompare(b.name)),
    partnerships: partnerships.sort(
      (a, b) => b.updatedAt.localeCompare(a.updatedAt) || a.name.localeCompare(b.name),
    ),
  };
}
