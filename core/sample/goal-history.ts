// Writes the shared goals of one sample partnership, one after another, each with monthly
// updates whose progress follows the partnership's health curve (achieved, dropped or running).

import { dayNumber } from '../domain/dates';
import { clamp } from '../domain/math';
import type { Goal } from '../domain/types';
import type { GeneratorContext, HistoryPlan } from './partnership-history';
import { GOAL_NOTES, GOAL_TEMPLATES } from './record-phrases';

/** Goals one after another, each with monthly updates that follow the health curve. */
export function addGoals(
  ctx: GeneratorContext,
  plan: HistoryPlan,
  quality: (d: number) => number,
  span: number,
): void {
  const { random } = ctx;
  const p = plan.partnership;
  const templates = random.shuffle(GOAL_TEMPLATES);
  if (plan.decreasingGoalFirst)
    templates.sort((a, b) => Number(b.decrease ?? false) - Number(a.decrease ?? false));
  const count = clamp(1 + Math.floor(span / 365), 1, 4);
  const until = dayNumber(plan.activeUntil);
  let startDate = dayNumber(p.startDate);
  for (const template of templates.slice(0, count)) {
    if (until - startDate < 0) return;
    const dueDate = startDate + random.int(180, 540);
    const goal: Goal = {
      id: ctx.nextId('g'),
      partnershipId: p.id,
      title: template.title,
      unit: template.unit,
      baseline: template.baseline,
      target: template.target,
      startDate: ctx.date(startDate),
      dueDate: ctx.date(dueDate),
      weight: random.pick([1, 1, 1, 2]),
      ownerPartyIds: random.chance(0.6) ? [...p.partyIds] : [random.pick(p.partyIds)],
      status: 'active',
    };
    const finished = until - dueDate >= 0 || p.status === 'closed';
    const end = finished ? (until - dueDate >= 0 ? dueDate : until) : until;
    if (finished) {
      const achieved =
        plan.profile === 'healthy' || (plan.profile === 'drifting' && random.chance(0.5));
      goal.status = achieved ? 'achieved' : 'dropped';
      goal.statusDate = ctx.date(
        achieved ? end : startDate + Math.max(1, Math.round((end - startDate) * 0.7)),
      );
    }
    ctx.dataset.goals.push(goal);
    const stop = goal.status === 'active' ? end : dayNumber(goal.statusDate!);
    const length = dueDate - startDate;
    let progress = 0;
    for (let day = startDate + 30; stop - day >= 0; day = day + random.int(26, 35)) {
      const elapsed = (day - startDate) / length;
      progress = Math.max(
        progress,
        clamp(elapsed * (quality(day) / 0.8) + (random.next() - 0.5) * 0.05, 0, 1.05),
      );
      const exact = template.baseline + (template.target - template.baseline) * progress;
      const gap = elapsed - progress;
      ctx.dataset.goalUpdates.push({
        id: ctx.nextId('u'),
        goalId: goal.id,
        date: ctx.date(day),
        value:
          Math.abs(template.target - template.baseline) >= 100
            ? Math.round(exact)
            : Math.round(exact * 10) / 10,
        ...(random.chance(0.7)
          ? { confidence: gap < 0.1 ? 'on-track' : gap < 0.3 ? 'at-risk' : 'off-track' }
          : {}),
        ...(random.chance(0.2) ? { note: random.pick(GOAL_NOTES) } : {}),
      });
    }
    if (goal.status === 'achieved') {
      ctx.dataset.goalUpdates.push({
        id: ctx.nextId('u'),
        goalId: goal.id,
        date: ctx.date(stop),
        value: template.target,
        confidence: 'on-track',
        note: 'Target reached.',
      });
    }
    startDate = startDate + random.int(90, 200);
  }
}
