/**
 * Yoga's CORS option. By default there is no CORS answer at all: a page on another origin can
 * neither read a response nor get a preflight for a JSON POST through. With `--cors-origin`, each
 * listed origin (and only it, never a reflected arbitrary one) is answered with credentials allowed.
 * Requests from any other Origin never reach Yoga: src/http/guard.ts refuses them with 403.
 */
/** The shape Yoga's `cors` factory returns (false: no CORS headers for this request). */
type CorsAnswer = { origin: string[]; credentials: boolean; methods: string[]; allowedHeaders: string[]; maxAge: number } | false;

const ALLOWED_HEADERS = ['content-type', 'accept', 'authorization', 'x-maestro-actor'];

export function corsOptions(origins: readonly string[]): false | ((request: Request) => CorsAnswer) {
  if (origins.length === 0) return false;
  const listed = new Set(origins);
  return (request) => {
    const origin = request.headers.get('origin');
    if (origin === null || !listed.has(origin)) return false;
    return { origin: [origin], credentials: true, methods: ['GET', 'POST'], allowedHeaders: ALLOWED_HEADERS, maxAge: 600 };
  };
}
