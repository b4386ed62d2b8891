// `npm start`: build the extension, run its main job on the bundled sample article (who said
// what, where, with what numbers), then say where the built extension is and how to load it.
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit' });
run(process.execPath, ['build.mjs']);
console.log('');
run(process.execPath, ['bin/isnad.js', 'analyze', 'samples/sample-article.txt']);
const dist = resolve('dist');
console.log(`The extension is built:
  Chrome / Chromium / Edge: open chrome://extensions, turn on "Developer mode",
      "Load unpacked" → ${dist}/chrome
  Firefox: open about:debugging#/runtime/this-firefox, "Load Temporary Add-on…"
      → ${dist}/firefox/manifest.json
  Store-ready zips: ${dist}/isnad-chrome-*.zip, ${dist}/isnad-firefox-*.zip
Analyse your own file: node bin/isnad.js analyze FILE.txt|FILE.html [--json]`);
