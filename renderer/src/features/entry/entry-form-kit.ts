// What every entry form needs besides its fields: its props, the record's id, the scope it
// validates against, today's date, the party to preselect, and the Delete action of an edit.
import { useState } from 'react';
import { localIsoDate } from '../../../../core/domain/dates';
import type { CollectionName, Organization } from '../../../../core/domain/types';
import type { PartnershipPageData } from '../../db/partnership-records-query';
import { useEntryStore, type EntryRequest } from '../../store/entry-store';
import { deleteRecordWithUndo } from './delete-record';
import type { EntryScope } from './entry-validation';

export interface EntryFormProps {
  data: PartnershipPageData;
  request: EntryRequest;
  /** Closes the dialog (after a save, a delete or Cancel). */
  onDone: () => void;
}

export function today(): string {
  return localIsoDate(new Date());
}

/** The id of the record a form saves: the edited record's, or a new one kept across renders. */
export function useRecordId(existing: { id: string } | undefined): string {
  const [id] = useState(() => existing?.id ?? crypto.randomUUID());
  return id;
}

export function scopeOf(data: PartnershipPageData): EntryScope {
  return {
    partnership: data.records.partnership,
    parties: data.parties,
    goals: data.records.goals,
  };
}

export function partyOptions(parties: readonly Organization[]) {
  return parties.map((p) => ({ value: p.id, label: p.name }));
}

/** The party last used in this partnership when it is still one of its parties, else the first. */
export function useDefaultPartyId(data: PartnershipPageData): string {
  const last = useEntryStore((s) => s.lastPartyByPartnership[data.records.partnership.id]);
  if (last !== undefined && data.parties.some((p) => p.id === last)) return last;
  return data.parties[0]?.id ?? '';
}

/** Remembers the party chosen in a saved record as the next form's default. */
export function rememberParty(partnershipId: string, partyId: string | null | undefined): void {
  if (partyId) useEntryStore.getState().rememberParty(partnershipId, partyId);
}

/** The Delete button's action while editing `recordId`; undefined for a new record. */
export function deleteAction(
  collection: CollectionName,
  recordId: string | undefined,
  label: string,
  onDone: () => void,
): (() => void) | undefined {
  if (recordId === undefined) return undefined;
  return () => {
    onDone();
    void deleteRecordWithUndo(collection, recordId, label);
  };
}
