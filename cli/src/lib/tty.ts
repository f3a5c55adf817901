// Imported first by main.ts, before citty, which decides on colours when it is loaded: keep piped
// output (and tests) free of escape codes unless FORCE_COLOR asks for them.
if (!process.stdout.isTTY && process.env.FORCE_COLOR === undefined) process.env.NO_COLOR ??= '1';
