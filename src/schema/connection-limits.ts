/** Page sizes of every connection: `first`/`last` default to defaultSize and are clamped to maxSize. */
export const CONNECTION_LIMITS = { maxSize: 100, defaultSize: 20 } as const;
