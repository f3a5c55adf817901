/**
 * agentProfiles: the agent profiles spawnSession may name, for the web UI's spawn form and
 * `maestro session spawn --agent`. Names and descriptions only: the command lines are server
 * configuration (they may hold paths and environment settings) and never leave the server.
 */
import { builder } from '../../builder.ts';
import { agentProfiles } from '../../services/spawn.ts';

type AgentProfileInfo = ReturnType<typeof agentProfiles>[number];

const AgentProfileRef = builder.objectRef<AgentProfileInfo>('AgentProfile').implement({
  description: 'An agent a session can be spawned with, configured on the server (built-in claude, <data-dir>/agents.json, --agent flags).',
  fields: (t) => ({
    name: t.exposeString('name', { description: 'What spawnSession\'s `agent` names.' }),
    description: t.exposeString('description', { description: 'What the profile runs, in words ("" when the configuration gives none).' }),
    isDefault: t.exposeBoolean('isDefault', { description: 'Used when spawnSession names no agent.' }),
  }),
});

builder.queryFields((t) => ({
  agentProfiles: t.field({
    type: [AgentProfileRef],
    description: 'The agent profiles spawnSession accepts, by name.',
    resolve: (_root, _args, ctx) => agentProfiles(ctx.spawn),
  }),
}));
