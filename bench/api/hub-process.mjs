// Runs the hub's server/dist/main.js in this very process, as `node server/dist/main.js` would:
// the same code, environment and signals, but another command line, so that a tool stopping
// the hub processes of a development session by name (`…dist/main.js`) leaves the bench's alone.
import { createRequire } from 'node:module';

const load = createRequire(import.meta.url);
load('../../server/dist/main.js');
