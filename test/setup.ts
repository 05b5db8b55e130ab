import fc from 'fast-check';

// Property tests draw from a fixed seed so CI is repeatable; explore new cases with
// FC_SEED=random (or any number) and keep any counterexample found as a test of its own.
const seed = process.env.FC_SEED;
if (seed !== 'random') fc.configureGlobal({ seed: seed === undefined ? 20261125 : Number(seed) });

// The fast file path's worker thread, started from the TypeScript sources, registers tsx's loader
// first (src/csv/coded-files.ts); without this the tests would read everything on one thread.
process.env.WRES_TS_LOADER ??= 'tsx/esm/api';
