/**
 * The error a call rejects its input with, for tests that check the message: one helper for every
 * test file (any other outcome, a result or another error, fails the test).
 */
import { WresInputError } from '../src/errors.js';

/** The WresInputError `run` throws. */
export function rejection(run: () => unknown): WresInputError {
  try {
    run();
  } catch (error) {
    if (error instanceof WresInputError) return error;
    throw error;
  }
  throw new Error('expected a WresInputError');
}

/** The WresInputError a promise rejects with. */
export async function asyncRejection(promise: Promise<unknown>): Promise<WresInputError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof WresInputError) return error;
    throw error;
  }
  throw new Error('expected a WresInputError');
}
