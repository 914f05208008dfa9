import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    environment: 'happy-dom',
    setupFiles: ['fake-indexeddb/auto'],
    include: ['test/unit/**/*.test.{ts,tsx}'],
    // The overlay's stylesheet is imported as text (?inline): tests check it reaches the shadow root.
    css: { include: [/overlay\.css/] },
  },
});
