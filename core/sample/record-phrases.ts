// Phrase tables for the sample records: partnership names and purposes, people, comments,
// meeting summaries, goals, contributions, frictions, reviews and milestones.

import type { ContributionKind, FrictionCategory } from '../domain/types';

export const PARTNERSHIP_THEMES = [
  {
    name: 'Last-Mile Food Rescue',
    purpose: 'Collect surplus food from retailers and get it to families the same day.',
    tag: 'food',
  },
  {
    name: 'Green Commute Pilot',
    purpose: 'Cut car commuting by offering shared e-bikes and transit passes to staff.',
    tag: 'climate',
  },
  {
    name: 'Digital Skills for Seniors',
    purpose: 'Help older residents use online services safely and confidently.',
    tag: 'inclusion',
  },
  {
    name: 'Youth Apprenticeship Pathway',
    purpose: 'Open paid apprenticeships to young people leaving school without a plan.',
    tag: 'employment',
  },
  {
    name: 'Clean Rivers Data Project',
    purpose: 'Share water-quality data openly so pollution is spotted and fixed sooner.',
    tag: 'environment',
  },
  {
    name: 'Neighbourhood Health Hubs',
    purpose: 'Bring preventive health checks into community centres.',
    tag: 'health',
  },
  {
    name: 'Circular Packaging Trial',
    purpose: 'Replace single-use packaging with a returnable system across local shops.',
    tag: 'circular-economy',
  },
  {
    name: 'Library Makerspaces',
    purpose: 'Give every branch library a maker corner run with local volunteers.',
    tag: 'education',
  },
  {
    name: 'Warm Homes Retrofit',
    purpose: 'Insulate low-income homes before winter and measure the savings.',
    tag: 'energy',
  },
  {
    name: 'Open Data Fellowship',
    purpose: 'Place data fellows in public teams to publish useful datasets.',
    tag: 'data',
  },
  {
    name: 'Refugee Welcome Network',
    purpose: 'Coordinate housing, language classes and jobs for newly arrived families.',
    tag: 'inclusion',
  },
  {
    name: 'School Meals Upgrade',
    purpose: 'Serve fresher, locally sourced school meals without raising prices.',
    tag: 'food',
  },
  {
    name: 'Urban Tree Canopy',
    purpose: 'Plant and care for street trees where summer heat hits hardest.',
    tag: 'climate',
  },
  {
    name: 'Mental Health First Aid',
    purpose: 'Train frontline staff to recognise and respond to mental-health crises.',
    tag: 'health',
  },
];

export const EXTRA_TAGS = [
  'pilot',
  'funded',
  'strategic',
  'flagship',
  'local',
  'multi-year',
  'research',
];

export const PEOPLE = [
  'Dana Whitfield',
  'Lee Okafor',
  'Maria González',
  'Sam Patel',
  'Aisha Rahman',
  'Tom Becker',
  'Yuki Tanaka',
  'Chloé Martin',
  'Jonas Lindqvist',
  'Priya Nair',
  'Omar Haddad',
  'Grace Mensah',
  'Eva Novak',
  'Luis Ferreira',
  'Hannah Kim',
  'Mateo Rossi',
  'Zoë Adams',
  'Ibrahim Yilmaz',
];

export const PULSE_COMMENTS = {
  good: [
    'Things are moving well; the weekly stand-up really helps.',
    'They delivered everything they promised this month.',
    'Great energy at the last workshop.',
    'We feel listened to and the plan is clear.',
  ],
  mixed: [
    'Progress is fine but decisions take too long.',
    'Good people, but we are not always sure who owns what.',
    'Communication was patchy while their lead was away.',
    'Some deadlines slipped; nothing serious yet.',
  ],
  poor: [
    'We are doing most of the work and it shows.',
    'Meetings keep getting cancelled at short notice.',
    'Not sure we still want the same outcome.',
    'Feedback we gave two months ago has not been acted on.',
  ],
};

export const INTERACTION_SUMMARIES = [
  'Reviewed progress against the plan and agreed next steps.',
  'Walked through the latest figures and the open risks.',
  'Planned the next quarter and split the work.',
  'Sorted out the data-sharing agreement.',
  'Prepared the joint update for the funders.',
  'Discussed staffing for the summer period.',
  'Brainstormed ways to reach more people.',
  'Quick check-in on the pilot sites.',
];

export const FOLLOW_UPS = [
  'Send the updated project plan',
  'Share the monthly figures',
  'Book the venue for the next workshop',
  'Draft the press release',
  'Confirm volunteer rota',
  'Ask legal about the data agreement',
  'Circulate meeting notes',
  'Prepare the budget forecast',
];

/** Goal templates; `decrease` goals aim below their baseline. */
export const GOAL_TEMPLATES = [
  { title: 'People served per month', unit: 'people', baseline: 0, target: 400 },
  { title: 'Participants completing the programme', unit: 'people', baseline: 0, target: 150 },
  { title: 'Reduce no-show rate at sessions', unit: '%', baseline: 30, target: 10, decrease: true },
  { title: 'Households reached', unit: 'households', baseline: 120, target: 600 },
  { title: 'Cut average response time', unit: 'days', baseline: 14, target: 5, decrease: true },
  { title: 'Co-funding secured', unit: 'EUR', baseline: 0, target: 50000 },
  { title: 'Partner sites live', unit: 'sites', baseline: 1, target: 8 },
  {
    title: 'Reduce cost per participant',
    unit: 'EUR',
    baseline: 120,
    target: 80,
    decrease: true,
  },
  { title: 'Satisfaction score of participants', unit: '%', baseline: 62, target: 80 },
];

export const GOAL_NOTES = [
  'Figures from the shared dashboard.',
  'Estimate; final numbers come at month end.',
  'Slower over the holidays as expected.',
  'Boosted by the new site opening.',
];

export const CONTRIBUTIONS: Record<ContributionKind, string[]> = {
  funding: ['Grant instalment', 'Match funding for the pilot', 'Sponsorship of the event'],
  'staff-time': ['Coordinator time', 'Project manager days', 'Volunteer hours'],
  expertise: ['Legal review of the agreement', 'Evaluation design', 'Training session delivered'],
  data: ['Monthly usage data', 'Survey results shared', 'Access to the service records'],
  'in-kind': ['Meeting rooms and catering', 'Vans for collections', 'Donated equipment'],
  network: [
    'Introductions to local employers',
    'Promotion through their newsletter',
    'Access to community groups',
  ],
  other: ['Miscellaneous support'],
};

export const FRICTIONS: Record<FrictionCategory, string[]> = {
  culture: ['Different expectations about formality', 'Decision-making styles clash'],
  priorities: [
    'Their leadership shifted focus to a new programme',
    'Disagreement about which sites go first',
  ],
  process: [
    'Invoices approved late',
    'Pick-up windows clash with volunteer shifts',
    'Reporting templates do not match',
  ],
  communication: ['Updates arrive only on request', 'No single point of contact'],
  resources: ['Key staff member on long leave', 'Budget cut announced mid-year'],
  other: ['Office move disrupted the schedule'],
};

export const REVIEW_WENT_WELL = [
  'Joint planning sessions were productive and well attended.',
  'Data sharing finally works smoothly.',
  'Participants gave very positive feedback.',
  'We hit the mid-year target early.',
];

export const REVIEW_TO_IMPROVE = [
  'Decisions need to be recorded and shared faster.',
  'Workload is uneven between the partners.',
  'We should agree on priorities before the next funding round.',
  'Meeting cadence slipped over the summer.',
];

export const REVIEW_ACTIONS = [
  'Set up a shared decision log',
  'Rebalance staffing for next quarter',
  'Agree a single contact per partner',
  'Schedule the next review now',
  'Update the risk register',
];

export const MILESTONES = [
  { title: 'First 1,000 people reached', description: 'Reached well ahead of plan.' },
  {
    title: 'Agreement signed by both boards',
    description: 'Formal partnership agreement in place.',
  },
  { title: 'Pilot site opened', description: 'Opening day with local press.' },
  { title: 'Funding renewed for another year', description: 'Funder cited the joint results.' },
  { title: 'Award shortlist', description: 'Shortlisted for the regional partnership award.' },
  {
    title: 'Evaluation report published',
    description: 'Independent evaluation confirmed the impact.',
  },
];
