/**
 * Before any test file: rebuild whatever changed since the last build (scripts/build.ts --changed),
 * so the server and CLI bundles the tests run (dist/) are those of the sources being tested. After
 * `npm test`'s full build this finds nothing to do.
 */
import { build } from '../scripts/build.ts';

export default async function setup() {
  await build({ changedOnly: true });
}
