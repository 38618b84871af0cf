import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

const api = 'http://localhost:4000';

export default defineConfig({
  plugins: [react()],
  server: {
    proxy: {
      '/graphql': api,
      '/graphiql': api,
      '/schema.graphql': api,
    },
  },
  build: {
    outDir: 'dist',
    // The ECharts chunk (~640 kB, ~215 kB gzip) is loaded only when a chart is shown.
    chunkSizeWarningLimit: 700,
    rolldownOptions: {
      output: {
        // ECharts is only reached through a dynamic import (src/lib/echarts.ts);
        // keep it, and zrender under it, in one chunk of their own.
        codeSplitting: {
          groups: [{ name: 'echarts', test: /node_modules[\\/](echarts|zrender)[\\/]/ }],
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
