import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The server (src/app.ts) serves web/dist at / with an SPA fallback. In `vite dev`, /graphql
// (HTTP and graphql-ws) is proxied to a server started with `npm run serve` on port 4000.
export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true },
  server: {
    proxy: { '/graphql': { target: 'http://127.0.0.1:4000', ws: true } },
  },
});
