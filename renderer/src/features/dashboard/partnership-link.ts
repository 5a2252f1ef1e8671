// The address of a partnership's page, shared by every link on the dashboard.

/** The route of the partnership page of `id` (`#/partnerships/<id>`). */
export function partnershipPagePath(id: string): string {
  return `/partnerships/${encodeURIComponent(id)}`;
}
