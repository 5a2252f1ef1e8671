// State of one entry form: the draft as typed, its errors (shown once the user tries to save,
// then live), and saving through the repository, which checks the same rules again. A refused
// save keeps the draft and shows why beside the fields.
import { notifications } from '@mantine/notifications';
import { createElement, useEffect, useRef, useState } from 'react';
import type { ValidationIssue } from '../../../../core/data/validation-issue';
import type { CollectionName, CollectionRecords } from '../../../../core/domain/types';
import { errorMessage } from '../../app/error-message';
import { RecordValidationError } from '../../db/record-errors';
import { saveRecord } from '../../db/record-repository';
import { useEntryStore, type EntryKind } from '../../store/entry-store';
import { entryIssues, type EntryScope } from './entry-validation';
import { fieldErrors, type FieldErrors, type FieldLabels } from './field-errors';
import { ActionMessage } from '../../components/ActionMessage';

export interface EntryFormOptions<D, K extends CollectionName> {
  /** The dialog that edits a saved record (the notification's Edit button opens it). */
  kind: EntryKind;
  collection: K;
  initial: () => D;
  /** The record the draft stands for (ids included). */
  toRecord: (draft: D) => unknown;
  scope: EntryScope;
  labels: FieldLabels;
  /** What the success notification says, e.g. "Saved the pulse." */
  savedMessage: (record: CollectionRecords[K]) => string;
  onSaved: (record: CollectionRecords[K]) => void;
}

export interface EntryForm<D> {
  draft: D;
  set: <F extends keyof D>(field: F, value: D[F]) => void;
  /** Messages by field key; '' holds problems no input shows. */
  errors: FieldErrors;
  saving: boolean;
  formRef: React.RefObject<HTMLFormElement | null>;
  submit: (event?: React.FormEvent) => Promise<void>;
}

export function useEntryForm<D, K extends CollectionName>(
  options: EntryFormOptions<D, K>,
): EntryForm<D> {
  const { collection, toRecord, scope, labels } = options;
  const [draft, setDraft] = useState<D>(options.initial);
  const [attempts, setAttempts] = useState(0);
  const [refused, setRefused] = useState<ValidationIssue[] | null>(null);
  const [saving, setSaving] = useState(false);
  const formRef = useRef<HTMLFormElement | null>(null);

  const issues = refused ?? entryIssues(collection, toRecord(draft), scope);
  const errors = attempts > 0 ? fieldErrors(issues, labels) : {};

  // After a refused attempt, take the keyboard to the first field that needs fixing.
  useEffect(() => {
    if (attempts === 0) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [attempts]);

  function set<F extends keyof D>(field: F, value: D[F]) {
    setDraft((d) => ({ ...d, [field]: value }));
    setRefused(null);
  }

  async function submit(event?: React.FormEvent) {
    event?.preventDefault();
    if (saving) return;
    const candidate = toRecord(draft);
    if (entryIssues(collection, candidate, scope).length > 0) {
      setAttempts((n) => n + 1);
      return;
    }
    setSaving(true);
    try {
      const saved = await saveRecord(collection, candidate);
      const edit = () => {
        notifications.hide(notificationId);
        useEntryStore.getState().open({
          kind: options.kind,
          partnershipId: scope.partnership.id,
          recordId: saved.id,
        });
      };
      const notificationId = `saved-${collection}-${saved.id}`;
      notifications.show({
        id: notificationId,
        color: 'teal',
        autoClose: 5000,
        message: createElement(ActionMessage, {
          text: options.savedMessage(saved),
          action: 'Edit',
          onAction: edit,
        }),
      });
      options.onSaved(saved);
    } catch (error) {
      if (error instanceof RecordValidationError) {
        setRefused(error.issues);
      } else {
        setRefused([{ collection, field: '', rule: `was not saved: ${errorMessage(error)}` }]);
      }
      setAttempts((n) => n + 1);
    } finally {
      setSaving(false);
    }
  }

  return { draft, set, errors, saving, formRef, submit };
}
