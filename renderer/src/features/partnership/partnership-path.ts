// The address of a partnership's page.

/** The route of the partnership page for `id`. */
export function partnershipPagePath(id: string): string {
  return `/partnerships/${encodeURIComponent(id)}`;
}
