// The settings form's state as typed, its conversion to settings, and the share of each weight.
import { validateSettings } from '../../../../core/data/record-schemas';
import type { DimensionWeights, Settings } from '../../../../core/domain/types';

export const WEIGHT_KEYS = ['trust', 'communication', 'goals', 'reciprocity', 'friction'] as const;

export interface SettingsDraft {
  organizationName: string;
  lookbackDays: number | '';
  trendDays: number | '';
  weights: Record<keyof DimensionWeights, number | ''>;
  healthy: number | '';
  watch: number | '';
}

/** The draft showing `settings`. */
export function draftFromSettings(settings: Settings): SettingsDraft {
  return {
    organizationName: settings.organizationName ?? '',
    lookbackDays: settings.lookbackDays,
    trendDays: settings.trendDays,
    weights: { ...settings.weights },
    healthy: settings.bands.healthy,
    watch: settings.bands.watch,
  };
}

/** Each weight as a whole percentage of their sum (all 0 when the sum is 0). */
export function weightPercentages(
  weights: SettingsDraft['weights'],
): Record<keyof DimensionWeights, number> {
  const values = WEIGHT_KEYS.map((k) =>
    typeof weights[k] === 'number' ? (weights[k] as number) : 0,
  );
  const sum = values.reduce((a, b) => a + b, 0);
  const out = {} as Record<keyof DimensionWeights, number>;
  WEIGHT_KEYS.forEach((k, i) => {
    out[k] = sum > 0 ? Math.round((100 * values[i]!) / sum) : 0;
  });
  return out;
}

/**
 * Checks the draft with the data model's settings rules. Empty number fields are reported as
 * required rather than silently taking defaults. Errors are keyed by the settings field path.
 */
export function checkSettingsDraft(
  draft: SettingsDraft,
): { ok: true; value: Settings } | { ok: false; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const required = (path: string, value: number | '') => {
    if (value === '') errors[path] = 'is required';
  };
  required('lookbackDays', draft.lookbackDays);
  required('trendDays', draft.trendDays);
  required('bands.healthy', draft.healthy);
  required('bands.watch', draft.watch);
  for (const k of WEIGHT_KEYS) required(`weights.${k}`, draft.weights[k]);
  const checked = validateSettings({
    organizationName: draft.organizationName.trim() === '' ? null : draft.organizationName,
    lookbackDays: draft.lookbackDays === '' ? undefined : draft.lookbackDays,
    trendDays: draft.trendDays === '' ? undefined : draft.trendDays,
    weights: Object.fromEntries(
      WEIGHT_KEYS.map((k) => [k, draft.weights[k] === '' ? undefined : draft.weights[k]]),
    ),
    bands: {
      healthy: draft.healthy === '' ? undefined : draft.healthy,
      watch: draft.watch === '' ? undefined : draft.watch,
    },
  });
  if (!checked.ok) for (const issue of checked.issues) errors[issue.field] ??= issue.rule;
  if (Object.keys(errors).length > 0 || !checked.ok) return { ok: false, errors };
  return { ok: true, value: checked.value };
}
