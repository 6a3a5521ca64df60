import fs from 'node:fs';
import path from 'node:path';
import { printSchema } from 'graphql';
import { REPO_ROOT } from '../config';
import { buildHubSchema } from './schema';

const SCHEMA_FILE = path.join(REPO_ROOT, 'schema/schema.graphql');

/** `--write` prints the schema to schema/schema.graphql; `--check` fails when the file is stale. */
async function main() {
  const printed = printSchema(await buildHubSchema()) + '\n';
  if (process.argv.includes('--check')) {
    const current = fs.existsSync(SCHEMA_FILE) ? fs.readFileSync(SCHEMA_FILE, 'utf8') : '';
    if (current !== printed) {
      console.error('schema/schema.graphql differs from the code: run `npm run schema:print` and review the change');
      process.exit(1);
    }
    console.log('schema/schema.graphql matches the code');
  } else {
    fs.writeFileSync(SCHEMA_FILE, printed);
    console.log(`wrote ${path.relative(process.cwd(), SCHEMA_FILE)}`);
  }
}

void main();
