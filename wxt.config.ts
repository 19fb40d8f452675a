import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

const require = createRequire(import.meta.url);

// See https://wxt.dev/api/config.html
export default defineConfig({
  // Module workers: the analysis worker loads the engine as a chunk of its own,
  // after it has started fetching jieba's wasm (entrypoints/popup/analysis.worker.ts).
  vite: () => ({ plugins: [preact()], worker: { format: 'es' } }),
  // Every module imports what it uses; auto-imports would also clash on the
  // components' `Props` interfaces.
  imports: false,
  hooks: {
    // WXT defines import.meta.url as self.location.href (for service
    // workers), so Vite never sees jieba-wasm's `new URL('jieba_rs_wasm_bg.wasm',
    // import.meta.url)` and emits no asset; jieba's init then fetches the file
    // next to the page, i.e. from the extension root. Ship it there.
    'build:publicAssets': (_wxt, files) => {
      files.push({ absoluteSrc: join(dirname(require.resolve('jieba-wasm/web')), 'jieba_rs_wasm_bg.wasm'), relativeDest: 'jieba_rs_wasm_bg.wasm' });
    },
  },
  // The sources zip (for addons.mozilla.org review) without local scratch
  // files and screenshots, which are not needed to build.
  zip: { excludeSources: ['scratch/**', 'docs/screenshots/**'] },
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    permissions: ['activeTab', 'scripting', 'storage', 'contextMenus'],
    // Private windows get nothing of Zhiqing: no analysis kept from them, none shown in them.
    incognito: 'not_allowed',
    // Nothing loads from anywhere but the extension itself; no request leaves it (connect-src 'self'
    // is the wasm the popup loads from its own package).
    content_security_policy: {
      extension_pages: "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; object-src 'self'; connect-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline';",
    },
    browser_specific_settings: {
      gecko: {
        id: 'zhiqing@zhiqing.dev',
        // Zhiqing collects nothing and sends nothing anywhere. (A Firefox 140+
        // key that WXT's manifest types do not know yet.)
        ...({ data_collection_permissions: { required: ['none'] } } as object),
      },
    },
  },
});
