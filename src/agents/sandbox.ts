/**
 * Claude Code refuses bypassPermissions when it runs as root, unless IS_SANDBOX=1 says the machine is
 * a throwaway sandbox. spawnSession checks it so the spawner gets the reason instead of a failed agent
 * (the runner passes the server's environment, IS_SANDBOX included, on to the agent).
 */
export function bypassRefusal(env: NodeJS.ProcessEnv = process.env, uid: number | undefined = process.getuid?.()): string | null {
  if (uid !== 0 || env.IS_SANDBOX === '1') return null;
  return 'Claude Code refuses bypassPermissions when it runs as root: run the server as another user, or start it with IS_SANDBOX=1 if this machine is a disposable sandbox';
}
