// Organizations: validated saves, and deletes refused while a partnership still uses them.
import { usagesOfOrganization } from '../../../core/data/dataset-rules';
import type { Organization } from '../../../core/domain/types';
import { appDatabase } from './database';
import { listParents } from './parents-query';
import { WriteRefusedError } from './record-errors';
import { saveRecord } from './record-repository';

/** Every usable organization (see readCheckedParents), sorted by name for display. */
export async function listOrganizations(): Promise<Organization[]> {
  return (await listParents()).organizations;
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
    // Every stored partnership naming it counts, even one that cannot be read: deleting the
    // organization would leave that record pointing at nothing.
    const partnerships = await db.partnerships.where('partyIds').equals(id).toArray();
    const users = usagesOfOrganization(id, { partnerships });
    if (users.length > 0) {
      const names = users.map(partnershipLabel).join(', ');
      throw new WriteRefusedError(
        `"${org.name}" cannot be deleted: it is a party of ${users.length === 1 ? 'the partnership' : 'the partnerships'} ${names}. Remove it from ${users.length === 1 ? 'that partnership' : 'those partnerships'} or delete ${users.length === 1 ? 'it' : 'them'} first.`,
      );
    }
    await db.organizations.delete(id);
  });
}

/** A partnership as named in a message: its name, or its id when the name cannot be read. */
function partnershipLabel(partnership: { id: unknown; name: unknown }): string {
  return typeof partnership.name === 'string'
    ? `"${partnership.name}"`
    : `${JSON.stringify(partnership.id)} (a record that could not be read)`;
}
