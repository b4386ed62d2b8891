/** Words for the schema's categories, shared by the interface and the Markdown export. */
import type { EntityType, QuoteKind, SpeakerType } from '../../engine/types.js';
import type { I18n, MessageKey } from '../i18n.js';
import type { SpeakerGroup } from './quotes.js';

export const SPEAKER_TYPE_KEYS: Record<SpeakerType, MessageKey> = {
  person: 'typePerson',
  organization: 'typeOrganization',
  location: 'typeLocation',
  anonymous: 'typeAnonymous',
  document: 'typeDocument',
  unknown: 'typeUnknown',
};

export const ENTITY_SECTION_KEYS: Record<EntityType, MessageKey> = {
  location: 'placesHeading',
  person: 'peopleHeading',
  organization: 'organizationsHeading',
};

export const QUOTE_KIND_KEYS: Record<QuoteKind, MessageKey> = {
  direct: 'quoteDirect',
  indirect: 'quoteIndirect',
};

/** The group's heading: the speaker's name, or what kind of source it is. */
export function groupName(group: SpeakerGroup, i18n: I18n): string {
  if (group.kind === 'anonymous') return i18n.t('groupAnonymous');
  if (group.kind === 'document') return i18n.t('groupDocuments');
  if (group.kind === 'unnamed') return i18n.t('groupUnnamed');
  return group.name;
}
