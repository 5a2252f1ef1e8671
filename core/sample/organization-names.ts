// Name parts for the sample organizations: plausible companies, nonprofits, public agencies
// and internal teams, combined so that large portfolios still get unique names.

import type { OrganizationKind } from '../domain/types';

export const NAME_PARTS: Record<
  Exclude<OrganizationKind, 'other'>,
  { first: string[]; second: string[] }
> = {
  'internal-team': {
    first: [
      'Community',
      'Sustainability',
      'Innovation',
      'Regional',
      'Digital',
      'Youth',
      'Health',
      'Partnerships',
    ],
    second: ['Programs Team', 'Office', 'Lab', 'Unit', 'Services Team', 'Outreach Team'],
  },
  company: {
    first: [
      'Alpha',
      'Northwind',
      'Bluebird',
      'Harbor',
      'Crestline',
      'Meridian',
      'Oakridge',
      'Summit',
      'Lumen',
      'Fjord',
    ],
    second: [
      'Logistics',
      'Analytics',
      'Foods',
      'Energy',
      'Software',
      'Mobility',
      'Health Tech',
      'Packaging',
      'Insurance',
    ],
  },
  nonprofit: {
    first: [
      'Beta Community',
      'Greenway',
      'Open Doors',
      'Riverside',
      'Second Harvest',
      'Bright Futures',
      'Common Ground',
      'Hope Street',
    ],
    second: ['Trust', 'Foundation', 'Network', 'Alliance', 'Collective', 'Association'],
  },
  'public-agency': {
    first: [
      'City of Eastbrook',
      'Westmoor County',
      'Northshore',
      'Lakeside Regional',
      'State',
      'Metro',
    ],
    second: [
      'Council',
      'Health Department',
      'Transport Authority',
      'Library Service',
      'Employment Agency',
      'Environment Agency',
    ],
  },
};

/** Short descriptions an organization record may carry as notes. */
export const ORGANIZATION_NOTES = [
  'Main contact changed in spring; the new lead is keen to continue.',
  'Procurement rules require a signed agreement before any spend.',
  'Board meets quarterly; big decisions wait for those dates.',
  'Works mostly through volunteers; plan around evenings and weekends.',
  'Has a dedicated partnerships manager.',
];
