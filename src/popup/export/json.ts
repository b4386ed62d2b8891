/** The JSON export is the Analysis itself, exactly as the CLI's `--json` prints it. */
import type { Analysis } from '../../engine/types.js';

export function toJson(analysis: Analysis): string {
  return `${JSON.stringify(analysis, null, 2)}\n`;
}
