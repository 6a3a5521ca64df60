import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../config';
import { eventCatalogue } from '../modules/registry';
import { printCatalogue } from './event-catalogue';

const EVENTS_FILE = path.join(REPO_ROOT, 'client/src/realtime/events.generated.ts');

/** `--write` prints the event catalogue's types for the client; `--check` fails when the file is stale. */
function main() {
  const printed = printCatalogue(eventCatalogue);
  if (process.argv.includes('--check')) {
    const current = fs.existsSync(EVENTS_FILE) ? fs.readFileSync(EVENTS_FILE, 'utf8') : '';
    if (current !== printed) {
      console.error('client/src/realtime/events.generated.ts differs from the event catalogue: run `npm run events:print`');
      process.exit(1);
    }
    console.log('client/src/realtime/events.generated.ts matches the event catalogue');
  } else {
    fs.writeFileSync(EVENTS_FILE, printed);
    console.log(`wrote ${path.relative(process.cwd(), EVENTS_FILE)}`);
  }
}

main();
