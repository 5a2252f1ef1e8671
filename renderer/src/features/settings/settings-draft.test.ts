// The settings form's checks and the weights shown as percentages of their sum.
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../../core/domain/types';
import { checkSettingsDraft, draftFromSettings, weightPercentages } from './settings-draft';

describe('settings draft', () => {
  it('the defaults pass and come back unchanged', () => {
    const checked = checkSettingsDraft(draftFromSettings(DEFAULT_SETTINGS));
    expect(checked.ok && checked.value.weights).toEqual(DEFAULT_SETTINGS.weights);
  });

  it('shows each weight as a share of the total', () => {
    expect(
      weightPercentages({ trust: 2, communication: 1, goals: 1, reciprocity: 0, friction: '' }),
    ).toEqual({
      trust: 50,
      communication: 25,
      goals: 25,
      reciprocity: 0,
      friction: 0,
    });
  });

  it('reports empty fields as required and rules of the data model by field', () => {
    const draft = { ...draftFromSettings(DEFAULT_SETTINGS), lookbackDays: '' as const, watch: 80 };
    const checked = checkSettingsDraft(draft);
    expect(checked.ok).toBe(false);
    if (!checked.ok) {
      expect(checked.errors.lookbackDays).toBe('is required');
      expect(checked.errors['bands.watch']).toMatch(/below/);
    }
  });

  it('refuses weights that are all zero', () => {
    const zero = { trust: 0, communication: 0, goals: 0, reciprocity: 0, friction: 0 };
    const checked = checkSettingsDraft({ ...draftFromSettings(DEFAULT_SETTINGS), weights: zero });
    expect(!checked.ok && checked.errors.weights).toMatch(/not all be 0/);
  });
});
