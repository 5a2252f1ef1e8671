// The schema of the settings object: every field optional on input, defaults filled in,
// ranges checked (look-back and trend windows, dimension weights, band thresholds).

import { DEFAULT_SETTINGS } from '../domain/types';
import type { DimensionWeights, Settings } from '../domain/types';
import { FieldReader } from './field-reader';
import { compact } from './value-rules';
import type { ValidationIssue } from './validation-issue';

const WEIGHT_KEYS: readonly (keyof DimensionWeights)[] = [
  'trust',
  'communication',
  'goals',
  'reciprocity',
  'friction',
];

/**
 * Validates a settings object. Missing settings (undefined/null) or missing fields take the
 * defaults; returns the complete settings or every broken rule.
 */
export function validateSettings(
  value: unknown,
): { ok: true; value: Settings } | { ok: false; issues: ValidationIssue[] } {
  const issues: ValidationIssue[] = [];
  const report = (field: string, rule: string) =>
    issues.push({ collection: 'settings', field, rule });
  const r =
    value === undefined || value === null
      ? new FieldReader({}, report)
      : FieldReader.of(value, report);
  if (r === null) return { ok: false, issues };

  const weightsReader = r.child('weights');
  const weights = { ...DEFAULT_SETTINGS.weights };
  for (const key of WEIGHT_KEYS) {
    weights[key] =
      weightsReader?.number(key, { min: 0 }, DEFAULT_SETTINGS.weights[key]) ?? weights[key];
  }
  if (WEIGHT_KEYS.every((key) => weights[key] === 0)) {
    r.fail('weights', 'must not all be 0 (at least one dimension needs a weight above 0)');
  }

  const bandsReader = r.child('bands');
  const healthy = bandsReader?.number(
    'healthy',
    { above: 0, max: 100 },
    DEFAULT_SETTINGS.bands.healthy,
  );
  const watch = bandsReader?.number('watch', { above: 0, max: 100 }, DEFAULT_SETTINGS.bands.watch);
  const bands = {
    healthy: healthy ?? DEFAULT_SETTINGS.bands.healthy,
    watch: watch ?? DEFAULT_SETTINGS.bands.watch,
  };
  if (bands.watch >= bands.healthy) {
    r.fail('bands.watch', `must be below bands.healthy (${bands.healthy}), got ${bands.watch}`);
  }

  const settings: Settings = compact({
    organizationName: r.optionalText('organizationName'),
    lookbackDays: r.number(
      'lookbackDays',
      { integer: true, min: 14, max: 365 },
      DEFAULT_SETTINGS.lookbackDays,
    ),
    trendDays: r.number(
      'trendDays',
      { integer: true, min: 7, max: 365 },
      DEFAULT_SETTINGS.trendDays,
    ),
    weights,
    bands,
  });
  return issues.length === 0 ? { ok: true, value: settings } : { ok: false, issues };
}
