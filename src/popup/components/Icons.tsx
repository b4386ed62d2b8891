/** Small inline icons (drawn here, no font or image needed); decorative, so hidden from readers. */
import type { SpeakerType } from '../../engine/types.js';

const PATHS: Record<SpeakerType, string> = {
  person: 'M8 8a3 3 0 1 0 0-6 3 3 0 0 0 0 6zm-5.5 6.5c0-3 2.5-5 5.5-5s5.5 2 5.5 5v.5h-11z',
  organization: 'M2 14.5h12v-1H2zm1-2h2v-6H3zm4 0h2v-6H7zm4 0h2v-6h-2zM1.5 5.5h13L8 1.5z',
  location: 'M8 1a4.5 4.5 0 0 0-4.5 4.5C3.5 9 8 15 8 15s4.5-6 4.5-9.5A4.5 4.5 0 0 0 8 1zm0 6.3a1.8 1.8 0 1 1 0-3.6 1.8 1.8 0 0 1 0 3.6z',
  anonymous: 'M8 8a3 3 0 1 0 0-6 3 3 0 0 0 0 6zm-5.5 6.5c0-3 2.5-5 5.5-5s5.5 2 5.5 5v.5h-11zM4 4.2h8v1.6H4z',
  document: 'M3.5 1h6l3 3v11h-9zm5.5.8V4.5h2.7zM5 7h6v1H5zm0 2.5h6v1H5zm0 2.5h4v1H5z',
  unknown: 'M8 1a7 7 0 1 0 0 14A7 7 0 0 0 8 1zm.1 11.6a.9.9 0 1 1 0-1.8.9.9 0 0 1 0 1.8zm1.3-4.3c-.6.4-.7.6-.7 1.2H7.4c0-1 .3-1.5 1-2 .6-.4.9-.6.9-1.1 0-.5-.4-.9-1.1-.9-.7 0-1.1.4-1.2 1H5.7C5.8 4.3 6.8 3.4 8.3 3.4c1.4 0 2.4.8 2.4 2 0 .9-.5 1.4-1.3 1.9z',
};

export function SpeakerIcon({ type }: { type: SpeakerType }) {
  return (
    <svg class={`icon icon-${type}`} viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      <path d={PATHS[type] ?? PATHS.unknown} fill="currentColor" />
    </svg>
  );
}
