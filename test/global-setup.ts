/**
 * Before any test file: rebuild whatever changed since the last build (scripts/build.ts --changed),
 * so the server and CLI bundles the tests run (dist/) are those of the sources being tested. After
 * `npm test`'s full build this finds nothing to do.
 *
 * It also takes NODE_EXTRA_CA_CERTS out of the environment the test workers (forked after this)
 * and every process they start inherit. Node 20 reads and parses that certificate file at every
 * process start, TLS or not: about 50 ms of CPU each with a 144-certificate bundle, against about
 * 20 ms for the rest of a bare start, and a run starts thousands of Node processes (servers, CLI
 * commands, hooks, runners, fake agents) that only ever talk to loopback servers over plain HTTP.
 * The one child that goes out over TLS, the Claude Code install's npm (test/real-claude/install.ts),
 * gets it back from MAESTRO_TEST_EXTRA_CA_CERTS.
 */
import { build } from '../scripts/build.ts';

export default async function setup() {
  if (process.env.NODE_EXTRA_CA_CERTS) {
    process.env.MAESTRO_TEST_EXTRA_CA_CERTS = process.env.NODE_EXTRA_CA_CERTS;
    delete process.env.NODE_EXTRA_CA_CERTS;
  }
  await build({ changedOnly: true });
}
