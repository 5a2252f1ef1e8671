// Organizations: validated saves, and deletes refused while a partnership still uses them.
import { usagesOfOrganization } from '../../../core/data/dataset-rules';
import type { Organization } from '../../../core/domain/types';
import { appDatabase } from './database';
import { WriteRefusedError } from './record-errors';
import { saveRecord } from './record-repository';

/** Every organization, sorted by name for display. */
export async function listOrganizations(): Promise<Organization[]> {
  const all = await appDatabase().organizations.toArray();
  return all.sort((a, b) => a.name.localeCompare(b.name));
}

/** Creates or replaces an organization after validating it (unique name, ignoring case). */
export function saveOrganization(value: unknown): Promise<Organization> {
  return saveRecord('organizations', value);
}

/**
 * Deletes an organization. Throws WriteRefusedError, deleting nothing, while a partnership
 * names it among its parties, and says which partnerships.
 */
export async function deleteOrganization(id: string): Promise<void> {
  const db = appDatabase();
  await db.transaction('rw', [db.organizations, db.partnerships], async () => {
    const org = await db.organizations.get(id);
    if (!org) return;
    const partnerships = await db.partnerships.where('partyIds').equals(id).toArray();
    const users = usagesOfOrganization(id, { partnerships });
    if (users.length > 0) {
      const names = users.map((p) => `"${p.name}"`).join(', ');
      throw new WriteRefusedError(
        `"${org.name}" cannot be deleted: it is a party of ${users.length === 1 ? 'the partnership' : 'the partnerships'} ${names}. Remove it from ${users.length === 1 ? 'that partnership' : 'those partnerships'} or delete ${users.length === 1 ? 'it' : 'them'} first.`,
      );
    }
    await db.organizations.delete(id);
  });
}
