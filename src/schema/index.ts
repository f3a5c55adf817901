// Pulls every domain into the builder. Order matters only where a file uses another's refs.
import './errors.ts';
import './task/enums.ts';
import './project/types.ts';
import './project/mutations.ts';
import './task/types.ts';
import './task/mutations.ts';
import './subtask/types.ts';
import './subtask/mutations.ts';
import './event/types.ts';
import './event/subscriptions.ts';
import './session/types.ts';
import './session/mutations.ts';
import './session/spawn.ts';
import './session/runner-hosts.ts';
import './session/agent-profiles.ts';
import './skill/types.ts';
import { builder } from '../builder.ts';

export const schema = builder.toSchema({ sortSchema: true });
