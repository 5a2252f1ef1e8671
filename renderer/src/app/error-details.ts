// What the error screens say about a thrown value: one line for the technical summary and the
// stack, whatever was thrown (an Error, a router error response, a string, anything else).
import { isRouteErrorResponse } from 'react-router-dom';

export interface ErrorDetails {
  /** The error's name and message, or the router's status, on one line. */
  summary: string;
  /** The stack frames when the error has some (without the summary line V8 puts first). */
  stack: string | null;
}

export function errorDetails(error: unknown): ErrorDetails {
  if (isRouteErrorResponse(error)) {
    return { summary: `${error.status} ${error.statusText}`.trim(), stack: null };
  }
  if (error instanceof Error) {
    const summary = error.message ? `${error.name}: ${error.message}` : error.name;
    const frames = (error.stack ?? '').replace(summary, '').trim();
    return { summary, stack: frames === '' ? null : frames };
  }
  if (typeof error === 'string' && error !== '') return { summary: error, stack: null };
  let text: string;
  try {
    text = JSON.stringify(error) ?? String(error);
  } catch {
    text = String(error);
  }
  return { summary: `A value that is not an error was thrown: ${text}`, stack: null };
}
