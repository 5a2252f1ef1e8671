// The inputs entry forms repeat, each wired to one field of the form's draft: its value, its
// change and its error message. Labels and other props stay with the form that shows them.
import {
  NumberInput,
  Select,
  Textarea,
  TextInput,
  type NumberInputProps,
  type SelectProps,
  type TextareaProps,
  type TextInputProps,
} from '@mantine/core';
import type { Organization } from '../../../../core/domain/types';
import type { NumberDraft } from './draft-values';
import { partyOptions } from './entry-form-kit';
import type { EntryForm } from './use-entry-form';

/** Puts a field's description under its input, so the input follows its label directly. */
export const DESCRIPTION_BELOW: ('label' | 'input' | 'description' | 'error')[] = [
  'label',
  'input',
  'description',
  'error',
];

/** The draft's fields whose value is a `V`. */
type FieldsOf<D, V> = { [K in keyof D]-?: D[K] extends V ? K : never }[keyof D] & string;

/** Which form and which of its draft's fields an input shows. */
interface Bound<D, V> {
  form: EntryForm<D>;
  field: FieldsOf<D, V>;
}

// What the binding sets, and the HTML `form` attribute, whose name the binding reuses.
type Wired = 'value' | 'onChange' | 'error' | 'form';

/** Select options for a fixed list of values, each shown by its label. */
export function labelledOptions<V extends string>(values: readonly V[], labels: Record<V, string>) {
  return values.map((value) => ({ value, label: labels[value] }));
}

/** A one-line text input. */
export function TextField<D>({
  form,
  field,
  ...input
}: Bound<D, string> & Omit<TextInputProps, Wired>) {
  return (
    <TextInput
      {...input}
      value={form.draft[field] as string}
      onChange={(e) => form.set(field, e.currentTarget.value as D[typeof field])}
      error={form.errors[field]}
    />
  );
}

/** A date input (the draft holds the ISO date, '' when empty). */
export function DateField<D>(props: Bound<D, string> & Omit<TextInputProps, Wired | 'type'>) {
  return <TextField {...props} type="date" />;
}

/** A multi-line text input that grows with its text, two rows at first. */
export function TextareaField<D>({
  form,
  field,
  ...input
}: Bound<D, string> & Omit<TextareaProps, Wired>) {
  return (
    <Textarea
      {...input}
      value={form.draft[field] as string}
      onChange={(e) => form.set(field, e.currentTarget.value as D[typeof field])}
      error={form.errors[field]}
      autosize
      minRows={2}
    />
  );
}

/** A number input; the draft keeps what was typed until it is a number. */
export function NumberField<D>({
  form,
  field,
  ...input
}: Bound<D, NumberDraft> & Omit<NumberInputProps, Wired>) {
  return (
    <NumberInput
      {...input}
      value={form.draft[field] as NumberDraft}
      onChange={(value) => form.set(field, value as D[typeof field])}
      error={form.errors[field]}
    />
  );
}

/** A required choice from a fixed list of values, each shown by its label. */
export function ChoiceSelect<D, V extends string>({
  form,
  field,
  values,
  labels,
  ...input
}: Bound<D, V> & { values: readonly V[]; labels: Record<V, string> } & Omit<
    SelectProps,
    Wired | 'data'
  >) {
  return (
    <Select
      {...input}
      data={labelledOptions(values, labels)}
      value={form.draft[field] as V}
      onChange={(value) => value && form.set(field, value as D[typeof field])}
      error={form.errors[field]}
      allowDeselect={false}
    />
  );
}

/** The required "Party" select: one of the partnership's parties, its role described below. */
export function PartySelect<D>({
  form,
  field,
  parties,
  description,
}: Bound<D, string> & { parties: readonly Organization[]; description: string }) {
  return (
    <Select
      label="Party"
      description={description}
      inputWrapperOrder={DESCRIPTION_BELOW}
      data={partyOptions(parties)}
      value={(form.draft[field] as string) || null}
      onChange={(value) => form.set(field, (value ?? '') as D[typeof field])}
      error={form.errors[field]}
      allowDeselect={false}
      withAsterisk
    />
  );
}
