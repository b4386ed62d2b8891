/** The names model file, read once (models/ner-model.ts says where its bytes come from). */
import { namesModelBytes } from '../../models/ner-model.js';
import { readModelFile } from './model-file.js';
import type { ModelFile } from './model-file.js';

let file: ModelFile | null = null;

export function modelFile(): ModelFile {
  return (file ??= readModelFile(namesModelBytes()));
}
