// Notification body after a save: what was saved and an Edit button that reopens the record,
// for the typo noticed just after pressing Enter.
import { ActionMessage } from '../../components/ActionMessage';

export function SavedMessage({ text, onEdit }: { text: string; onEdit: () => void }) {
  return <ActionMessage text={text} action="Edit" onAction={onEdit} />;
}
