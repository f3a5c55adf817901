/**
 * Runner hosts (issue 18): `runnerHosts` lists the hosts runners reported from, and
 * `runnerDeclareHostDead` is the operator's word that one is gone, which lets runners of other hosts
 * take over what it launched (the fencing rule, src/services/runner-hosts.ts). Operator only.
 */
import { builder } from '../../builder.ts';
import { rules } from '../../auth/scopes.ts';
import { declareHostDead, listHosts, type ListedHost } from '../../services/runner-hosts.ts';
import { COMMON_ERRORS } from '../errors.ts';

const RunnerHostStatusEnum = builder.enumType('RunnerHostStatus', {
  description: 'Whether a runner host counts as alive for the fencing rule.',
  values: {
    ALIVE: { description: 'A runner of the host reported within the host-dead timeout: what it launched is not taken over from another host.' },
    SILENT: { description: 'No runner of the host reported for longer than the host-dead timeout (--runner-host-dead-ms): other hosts may take over what it launched.' },
    DECLARED_DEAD: { description: 'An operator declared it dead and no runner of it reported since: other hosts may take over what it launched.' },
  },
});

const RunnerHostRef = builder.objectRef<ListedHost>('RunnerHost').implement({
  description: 'A runner host: one runner data directory on one machine, named by its host id.',
  fields: (t) => ({
    id: t.exposeString('id', { description: 'The host id (`<runner data dir>/host-id`, or the runner\'s --host-id).' }),
    status: t.field({ type: RunnerHostStatusEnum, description: 'ALIVE, SILENT or DECLARED_DEAD, as the fencing rule sees it now.', resolve: (h) => h.status }),
    firstSeenAt: t.expose('firstSeenAt', { type: 'DateTime', description: 'When a runner of the host first reported.' }),
    lastSeenAt: t.expose('lastSeenAt', { type: 'DateTime', description: 'When a runner of the host last reported (claim or lease renewal).' }),
    declaredDeadAt: t.expose('declaredDeadAt', { type: 'DateTime', nullable: true, description: 'When an operator last declared it dead; null when never.' }),
    launched: t.exposeInt('launched', { description: 'Spawn requests launched on this host whose agent has not exited (LAUNCHING or RUNNING).' }),
  }),
});

builder.queryFields((t) => ({
  runnerHosts: t.field({
    type: [RunnerHostRef],
    description: 'For operators: every runner host that reported to this server, oldest first.',
    authScopes: rules.operatorOnly,
    resolve: (_root, _args, ctx) => listHosts(ctx.store, ctx.spawn.hostDeadMs),
  }),
}));

const DeclareInput = builder.inputType('RunnerDeclareHostDeadInput', {
  description: 'A runner host to declare dead.',
  fields: (t) => ({
    hostId: t.string({ required: true, description: 'The host id, as `runnerHosts` lists it.' }),
  }),
});

builder.mutationFields((t) => ({
  runnerDeclareHostDead: t.field({
    type: RunnerHostRef,
    description:
      'For operators: declares a runner host dead (its machine is down, or its agents were killed), so runners of other hosts may take over the requests it launched ' +
      'once their leases ran out; they launch those agents again. A runner of that host reporting afterwards makes it alive again. Appends RUNNER_HOST_DECLARED_DEAD.',
    args: { input: t.arg({ type: DeclareInput, required: true, description: 'The host.' }) },
    authScopes: rules.operatorOnly,
    errors: { types: [...COMMON_ERRORS], dataField: { name: 'host', description: 'The host after the declaration.' }, result: { description: 'The host is declared dead.' } },
    resolve: (_root, { input }, ctx) => declareHostDead(ctx.store, ctx.spawn.hostDeadMs, ctx.actor, { hostId: input.hostId }),
  }),
}));
