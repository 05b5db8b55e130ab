#!/usr/bin/env node
// `npx wres ...` in a checkout of sc-wres (after `npm ci`): the program from source, through tsx, so
// no build is needed and what runs is what the tests test. The published package's bin is dist/cli.js.
import { register } from 'tsx/esm/api';

register();
await import(new URL('../../src/cli/main.ts', import.meta.url).href);
