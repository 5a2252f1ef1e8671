// Conversions between what an entry form holds (text as typed, '' for "not given") and the
// values of a record, shared by every record type's draft, including action item lists.
import type { ActionItem } from '../../../../core/domain/types';

/** A number input's content: a number, or the text typed so far ('' when empty, '-', '1.'). */
export type NumberDraft = number | string;

/** Optional text: empty means "not given" (null); anything else is kept exactly as typed. */
export function optionalText(text: string): string | null {
  return text === '' ? null : text;
}

/** Required text or date: blank becomes undefined, so the schema says the field is required. */
export function requiredText(text: string): string | undefined {
  return text.trim() === '' ? undefined : text;
}

/**
 * A number input's value for a record: undefined when empty (so "is required" applies), the
 * number a text stands for, or the text itself when it is no number (so the schema says so).
 */
export function numberValue(value: NumberDraft): number | string | undefined {
  if (typeof value === 'number') return value;
  if (value.trim() === '') return undefined;
  const number = Number(value);
  return Number.isFinite(number) ? number : value;
}

/** A record's optional text or id as a form value. */
export function textOf(value: string | null | undefined): string {
  return value ?? '';
}

/** One action item (a follow-up or a review action) as the form holds it. */
export interface ActionItemDraft {
  text: string;
  /** '' when no owner is chosen. */
  ownerPartyId: string;
  dueDate: string;
  done: boolean;
}

/** A blank action item, added by "Add" in the list editor. */
export function emptyActionItem(): ActionItemDraft {
  return { text: '', ownerPartyId: '', dueDate: '', done: false };
}

export function actionItemDrafts(items: ActionItem[] | null | undefined): ActionItemDraft[] {
  return (items ?? []).map((item) => ({
    text: item.text,
    ownerPartyId: textOf(item.ownerPartyId),
    dueDate: textOf(item.dueDate),
    done: item.done,
  }));
}

/**
 * The action items of a record. Rows left completely blank are dropped (an empty row is not an
 * action); a row with an owner or date but no text stays, so the schema asks for its text.
 */
export function actionItemsFromDrafts(drafts: ActionItemDraft[]): ActionItem[] {
  return drafts
    .filter((d) => d.text.trim() !== '' || d.ownerPartyId !== '' || d.dueDate !== '' || d.done)
    .map((d) => ({
      text: d.text,
      ownerPartyId: optionalText(d.ownerPartyId),
      dueDate: optionalText(d.dueDate),
      done: d.done,
    }));
}
