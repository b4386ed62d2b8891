// Builds the extension for Chrome (dist/chrome, MV3 service worker) and Firefox (dist/firefox,
// MV3 background scripts) from one source tree, the CLI (dist/cli), and store-ready zips.
//   node build.mjs            build everything
//   node build.mjs --no-zip   skip the zips (faster for tests)
import { build } from 'esbuild';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { deflateRawSync, crc32 } from 'node:zlib';

const root = new URL('.', import.meta.url).pathname;
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const source = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8'));
const zip = !process.argv.includes('--no-zip');

/** Per-browser manifest: each browser gets only the background key it understands. */
function manifestFor(target) {
  const m = structuredClone(source);
  m.version = pkg.version;
  if (target === 'chrome') {
    m.background = { service_worker: 'background.js' };
    delete m.browser_specific_settings;
  } else {
    // The engine's Workers load the names model themselves (engine-worker.js); Firefox's
    // background page starts them without an offscreen document.
    m.background = { scripts: ['background.js'] };
    m.permissions = m.permissions.filter((p) => p !== 'offscreen');
  }
  return m;
}

/** A minimal ZIP writer (deflate), so packaging needs no extra dependency. */
function writeZip(dir, outFile) {
  const files = [];
  const walk = (d) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else files.push(p);
    }
  };
  walk(dir);
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const file of files) {
    const name = Buffer.from(relative(dir, file).split('\\').join('/'));
    const data = readFileSync(file);
    const packed = deflateRawSync(data, { level: 9 });
    const crc = crc32(data) >>> 0;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0); local.writeUInt16LE(20, 4); local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(8, 8); local.writeUInt32LE(0, 10); local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18); local.writeUInt32LE(data.length, 22); local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0); central.writeUInt16LE(20, 4); central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8); central.writeUInt16LE(8, 10); central.writeUInt32LE(0, 12);
    central.writeUInt32LE(crc, 16); central.writeUInt32LE(packed.length, 20); central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(name.length, 28); central.writeUInt32LE(offset, 42);
    locals.push(local, name, packed);
    centrals.push(central, name);
    offset += 30 + name.length + packed.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0); end.writeUInt16LE(files.length, 8); end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(cd.length, 12); end.writeUInt32LE(offset, 16);
  writeFileSync(outFile, Buffer.concat([...locals, cd, end]));
}

const common = { bundle: true, minify: false, sourcemap: false, legalComments: 'none', logLevel: 'warning' };

/**
 * popup.html with popup.css inlined: every file an extension page loads is one more request to
 * the browser's extension loader, and the stylesheet was on the way to the popup's first paint
 * (npm run bench -- popup). Extension pages may hold inline styles; only scripts must be files.
 */
function popupHtml() {
  const html = readFileSync(join(root, 'src/popup/popup.html'), 'utf8');
  const css = readFileSync(join(root, 'src/popup/popup.css'), 'utf8');
  const link = '<link rel="stylesheet" href="popup.css" />';
  if (!html.includes(link)) throw new Error(`src/popup/popup.html must link its stylesheet as ${link}`);
  if (css.includes('</')) throw new Error('popup.css must not contain "</" (it is inlined in a <style> element)');
  return html.replace(link, () => `<style>\n${css}</style>`);
}

/**
 * Sends the engine's import of the names model to the worker's loader (ner-model-global.ts),
 * which fetches the model file from the package; the file itself is copied beside the scripts.
 */
const modelFromPackage = {
  name: 'ner-model-from-package',
  setup(b) {
    b.onResolve({ filter: /[\\/]models[\\/]ner-model\.js$/ }, () => ({ path: join(root, 'src/background/ner-model-global.ts'), sideEffects: false }));
  },
};

const MODEL_FILE = join(root, 'src/engine/models/ner-model.bin');

/** The model file and its notice (CC BY-SA 4.0, NERAr's BSD-2 notice) beside the code that reads it. */
function copyModel(out) {
  cpSync(MODEL_FILE, join(out, 'ner-model.bin'));
  cpSync(join(root, 'src/engine/models/LICENSE.md'), join(out, 'ner-model.LICENSE.md'));
}

/** esbuild options every script of the extension package shares. */
function extensionScripts(out, target) {
  return {
    ...common,
    outdir: out,
    format: 'iife',
    target: ['chrome120', 'firefox128'],
    jsx: 'automatic',
    jsxImportSource: 'preact',
    define: { 'process.env.NODE_ENV': '"production"', __BROWSER__: JSON.stringify(target) },
  };
}

/**
 * popup.js, built for its first paint (npm run bench -- popup): the time the browser takes to
 * load and compile it grows with its size, so it is minified and uses the browser's own promise
 * API instead of webextension-polyfill (src/popup/browser-api.ts).
 */
async function buildPopup(out, target) {
  await build({
    ...extensionScripts(out, target),
    entryPoints: { popup: join(root, 'src/popup/index.tsx') },
    minify: true,
    alias: { 'webextension-polyfill': join(root, 'src/popup/browser-api.ts') },
  });
}

/**
 * The engine's modules, marked free of side effects for a bundle that uses only a few of its
 * exports: the log page matches words as the engine does (its text core) and must not carry the
 * rest of the engine (the whole of it is ≈8 times the page's script).
 */
const engineWithoutSideEffects = {
  name: 'engine-without-side-effects',
  setup(b) {
    b.onResolve({ filter: /^\.\.?\// }, (args) => {
      const path = join(args.resolveDir, args.path.replace(/\.js$/, '.ts'));
      return path.startsWith(join(root, 'src/engine/')) ? { path, sideEffects: false } : undefined;
    });
  },
};

/** The reading log's page (src/log/): its script, page and stylesheet. */
async function buildLogPage(out, target) {
  await build({
    ...extensionScripts(out, target),
    entryPoints: { log: join(root, 'src/log/index.tsx') },
    minify: true,
    plugins: [modelFromPackage, engineWithoutSideEffects],
  });
  cpSync(join(root, 'src/log/log.html'), join(out, 'log.html'));
  cpSync(join(root, 'src/log/log.css'), join(out, 'log.css'));
}

async function buildExtension(target) {
  const out = join(root, 'dist', target);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  await build({
    ...extensionScripts(out, target),
    entryPoints: {
      background: join(root, 'src/background/index.ts'),
      // The engine, in a Web Worker of its own (off the worker's event loop); in Chrome started
      // by the offscreen document, which a service worker needs to start a Worker at all.
      'engine-worker': join(root, 'src/background/engine-worker.ts'),
      ...(target === 'chrome' ? { offscreen: join(root, 'src/background/offscreen.ts') } : {}),
      // Content scripts, injected by the worker: the language stage into pages whose title or
      // address may be Arabic (no script at all on other pages), the rest into Arabic pages.
      'content-language': join(root, 'src/content/language-stage.ts'),
      'content-main': join(root, 'src/content/main.ts'),
    },
    plugins: [modelFromPackage],
  });
  if (target === 'chrome') cpSync(join(root, 'src/background/offscreen.html'), join(out, 'offscreen.html'));
  await buildPopup(out, target);
  await buildLogPage(out, target);
  copyModel(out);
  writeFileSync(join(out, 'popup.html'), popupHtml());
  cpSync(join(root, 'src/content/marks/content.css'), join(out, 'content.css'));
  cpSync(join(root, 'icons'), join(out, 'icons'), { recursive: true, filter: (p) => !p.endsWith('.svg') });
  cpSync(join(root, '_locales'), join(out, '_locales'), { recursive: true });
  writeFileSync(join(out, 'manifest.json'), JSON.stringify(manifestFor(target), null, 2) + '\n');
  if (zip) writeZip(out, join(root, 'dist', `isnad-${target}-${pkg.version}.zip`));
}

async function buildCli() {
  await build({
    ...common,
    entryPoints: [join(root, 'src/cli/index.ts')],
    outfile: join(root, 'dist/cli/isnad.mjs'),
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // linkedom and Readability stay in node_modules (runtime dependencies of the package); the
    // engine is bundled like in the extension, and reads the names model file beside the bundle.
    external: ['linkedom', '@mozilla/readability'],
  });
  copyModel(join(root, 'dist/cli'));
}

const t0 = performance.now();
await Promise.all([buildExtension('chrome'), buildExtension('firefox'), buildCli()]);
console.log(`Built dist/chrome, dist/firefox${zip ? ' and their zips' : ''}, dist/cli in ${Math.round(performance.now() - t0)} ms.`);
