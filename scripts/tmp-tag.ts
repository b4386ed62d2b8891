import { readFileSync } from 'node:fs';
import { tagSentences } from '../src/engine/entities/tagger/tagger.js';
const lines = readFileSync(process.argv[2], 'utf8').split('\n').filter(Boolean);
const sents = lines.map((l) => l.replace(/[.،]/g, ' $& ').split(/\s+/).filter(Boolean));
const tags = tagSentences(sents);
sents.forEach((s, i) => console.log(s.map((w, j) => tags[i][j] === 'O' ? w : `${w}/${tags[i][j]}`).join(' ')));
