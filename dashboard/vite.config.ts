import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { gqlDocuments } from './tooling/gql-documents.ts';

const api = 'http://localhost:4000';

export default defineConfig({
  plugins: [gqlDocuments(), react()],
  server: {
    proxy: {
      '/graphql': api,
      '/schema.graphql': api,
      // CSV templates and uploads; `/import` itself is the dashboard's import page
      '^/import/': api,
    },
  },
  build: {
    outDir: 'dist',
    // The ECharts chunk (~640 kB, ~215 kB gzip) is loaded only when a chart is shown.
    chunkSizeWarningLimit: 700,
    rolldownOptions: {
      // The offline GraphiQL (graphiql.html) is built on its own by vite.graphiql.config.ts, so that no
      // module is shared with the dashboard and none of its code counts against the start page.
      output: {
        codeSplitting: {
          groups: [
            // ECharts is only reached through a dynamic import (src/lib/echarts.ts);
            // keep it, and zrender under it, in one chunk of their own.
            { name: 'echarts', test: /node_modules[\\/](echarts|zrender)[\\/]/ },
          ],
        },
      },
    },
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/test/setup.ts'],
  },
});
