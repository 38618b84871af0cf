import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The offline API explorer (graphiql.html → dist/graphiql.html, served at /graphiql), built after the
// dashboard into the same dist/ as a separate build: GraphiQL, Monaco and its workers share no chunk
// with the dashboard, so nothing of them loads with the start page. No CDN: everything is bundled.
export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    // Monaco is large (about 2.8 MB, 0.7 MB gzip); it loads only on /graphiql.
    chunkSizeWarningLimit: 3000,
    rolldownOptions: {
      input: { graphiql: 'graphiql.html' },
      onLog(level, log, handler) {
        // GraphiQL's packages carry React Compiler directives ("use no memo") that bundling drops harmlessly.
        if (log.code === 'MODULE_LEVEL_DIRECTIVE') return;
        handler(level, log);
      },
    },
  },
});
