// Turns the data model's validation issues into messages beside the inputs of an entry form:
// each issue finds its field by path, and the rule is reworded with the form's labels.
import type { ValidationIssue } from '../../../../core/data/validation-issue';

/** Messages by field key (`date`, `scores.fairness`, `followUps.0.text`); '' holds the rest. */
export type FieldErrors = Record<string, string>;

/** Labels of a form's inputs by field key; `*` stands for any list position (`followUps.*.text`). */
export type FieldLabels = Record<string, string>;

/** The form's key for an issue's field path: `followUps[0].text` becomes `followUps.0.text`. */
export function fieldKey(path: string): string {
  return path.replace(/\[(\d+)\]/g, '.$1');
}

/** The label a key's input carries, trying the exact key, then the list pattern. */
function labelOf(key: string, labels: FieldLabels): string | undefined {
  return labels[key] ?? labels[key.replace(/\.\d+(?=\.|$)/g, '.*')];
}

/**
 * One rule in the form's words, starting with the field's label: record field names inside
 * the rule become labels, and references to ids become advice the user can follow.
 */
export function wordIssue(label: string, rule: string, labels: FieldLabels): string {
  if (/is not one of the parties of partnership/.test(rule)) {
    return `${label} must be one of this partnership's parties.`;
  }
  const missing = /does not match any (\w+)/.exec(rule);
  if (missing) return `${label}: that ${missing[1]} no longer exists; choose another.`;
  let worded = rule;
  for (const [key, other] of Object.entries(labels)) {
    if (key.includes('.')) continue;
    worded = worded.replace(new RegExp(`\\b${key}\\b`, 'g'), `the ${other.toLowerCase()}`);
  }
  return `${label} ${worded}.`;
}

/**
 * Messages for the issues, one per field (the first issue of a field wins). Issues of fields
 * the form does not show go, worded with the field's path, under the '' key.
 */
export function fieldErrors(issues: readonly ValidationIssue[], labels: FieldLabels): FieldErrors {
  const errors: FieldErrors = {};
  const rest: string[] = [];
  for (const issue of issues) {
    const key = fieldKey(issue.field);
    const label = labelOf(key, labels);
    if (label === undefined) {
      rest.push(wordIssue(issue.field || 'This record', issue.rule, labels));
    } else if (errors[key] === undefined) {
      errors[key] = wordIssue(label, issue.rule, labels);
    }
  }
  if (rest.length > 0) errors[''] = rest.join(' ');
  return errors;
}
