import { describe, expect, it } from 'vitest';
import { errorDetails } from './error-details';

describe('errorDetails', () => {
  it('names an Error and keeps the frames of its stack', () => {
    const error = new TypeError("Cannot read properties of null (reading 'map')");
    error.stack = `TypeError: Cannot read properties of null (reading 'map')\n    at Rows (Rows.tsx:3:9)`;
    const details = errorDetails(error);
    expect(details.summary).toBe("TypeError: Cannot read properties of null (reading 'map')");
    expect(details.stack).toBe('at Rows (Rows.tsx:3:9)');
  });

  it('leaves out a stack that only repeats the summary', () => {
    const error = new TypeError('Failed to fetch dynamically imported module: x.js');
    error.stack = 'TypeError: Failed to fetch dynamically imported module: x.js';
    expect(errorDetails(error).stack).toBeNull();
  });

  it('gives the status of a router error response', () => {
    const response = { status: 404, statusText: 'Not Found', internal: true, data: 'no route' };
    expect(errorDetails(response)).toEqual({ summary: '404 Not Found', stack: null });
  });

  it('shows whatever else was thrown as text', () => {
    expect(errorDetails('quota')).toEqual({ summary: 'quota', stack: null });
    expect(errorDetails({ code: 7 }).summary).toBe(
      'A value that is not an error was thrown: {"code":7}',
    );
    expect(errorDetails(undefined).summary).toBe(
      'A value that is not an error was thrown: undefined',
    );
  });
});
