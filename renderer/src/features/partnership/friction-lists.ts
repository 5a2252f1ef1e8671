// The partnership's frictions as the Frictions section lists them: the ones the engine counts
// open today (with its age and cost), the resolved ones, and the ones not counted yet.
import type { OpenFrictionCost } from '../../../../core/domain/friction';
import type { Friction, FrictionSeverity, IsoDate } from '../../../../core/domain/types';

/** An open friction with the engine's figures for it today. */
export interface OpenFriction extends Friction {
  ageDays: number;
  /** Points it takes off the friction score today. */
  cost: number;
}

export interface FrictionLists {
  /** Open today, most severe first, then oldest first. */
  open: OpenFriction[];
  /** Resolved on or before today, most recently resolved first. */
  resolved: Friction[];
  /** Neither: opened after today, or the partnership has not started; oldest first. */
  notCounted: Friction[];
}

const SEVERITY_ORDER: Record<FrictionSeverity, number> = { high: 0, medium: 1, low: 2 };

/**
 * Splits `frictions` by the engine's list of frictions open today (`openToday`, from the health
 * result), so the page and the score agree on which frictions are open and what they cost.
 */
export function frictionLists(
  frictions: readonly Friction[],
  openToday: readonly OpenFrictionCost[],
  today: IsoDate,
): FrictionLists {
  const figures = new Map(openToday.map((o) => [o.frictionId, o]));
  const open: OpenFriction[] = [];
  const resolved: Friction[] = [];
  const notCounted: Friction[] = [];
  for (const friction of frictions) {
    const figure = figures.get(friction.id);
    if (figure) open.push({ ...friction, ageDays: figure.ageDays, cost: figure.cost });
    else if (friction.resolvedDate && friction.resolvedDate <= today) resolved.push(friction);
    else notCounted.push(friction);
  }
  open.sort(
    (a, b) =>
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      a.openedDate.localeCompare(b.openedDate),
  );
  resolved.sort((a, b) => b.resolvedDate!.localeCompare(a.resolvedDate!));
  notCounted.sort((a, b) => a.openedDate.localeCompare(b.openedDate));
  return { open, resolved, notCounted };
}
