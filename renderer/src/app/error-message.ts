// Turns a thrown value into a sentence for the user.

/** The message of an Error, or a generic sentence telling the user what to do. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  return 'Something went wrong and nothing was saved. Try again; if it keeps happening, export a backup.';
}
