/** The one pino logger. Request lines never include headers, bodies or variables (they may hold tokens). */
import pino from 'pino';

export const logger = pino({
  level: process.env.LOG_LEVEL ?? 'info',
  base: { service: 'maestro' },
  redact: { paths: ['req.headers.authorization', '*.token', '*.authToken'], censor: '[redacted]' },
});

export function setLogLevel(level: string) {
  logger.level = level;
}
