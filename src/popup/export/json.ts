/**
 * The JSON export: where the article comes from (title, outlet, author, date, place, address),
 * and the Analysis as the reader saw it (the byline and dateline are not people and places the
 * article is about; the reader's corrections are applied), in the schema the CLI's `--json`
 * prints. A quote's `kind` says whether it is the speaker's words (`direct`) or reported speech.
 */
import { articleSource } from '../model/source.js';
import type { ExportInput } from './common.js';

export function toJson({ page, frame, analysis }: ExportInput): string {
  return `${JSON.stringify({ source: articleSource(page, frame), analysis }, null, 2)}\n`;
}
