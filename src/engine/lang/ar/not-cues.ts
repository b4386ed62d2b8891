/**
 * Words that often open a clause followed by إن/أن/بأن in Arabic news (lang/ar/cue-evidence.json,
 * mined from ANT) but do not report anyone's words: the decision for each, so that the evidence
 * table accounts for every frequent introducer (test/engine/quotes-lexicon.test.ts). The quote
 * stage does not read this list; it only explains what the cue lexicon leaves out.
 */

type NotCueReason =
  /** The speaker's own words inside a quotation («أعتقد أن», «نريد أن»): not an attribution. */
  | 'first-person'
  /** Necessity, possibility, appearance, impersonal passives («يجب أن», «يبدو أن», «يشار إلى أن»). */
  | 'modal'
  /** Concession and subordination («رغم أن», «علما بأن», «بيد أن»): the journalist's own clause. */
  | 'subordinator'
  /** A name, an adjective or a noun before a verb that is the real cue («جيمس … قال إن»). */
  | 'subject'
  /** To whom or where it was said («لبي بي سي», «للصحفيين»), a label («للمزيد:»), an initial («د.»). */
  | 'adjunct'
  /** Fear and feeling («تخشى أن», «أشعر أن»): states of mind, not statements. */
  | 'feeling';

export interface NotCue {
  word: string;
  why: NotCueReason;
}

const n = (why: NotCueReason, ...words: string[]): NotCue[] => words.map((word) => ({ word, why }));

export const NOT_CUES: readonly NotCue[] = [
  ...n('first-person', 'اعتقد', 'واعتقد', 'نعتقد', 'أريد', 'نريد', 'أتمنى', 'وأتمنى', 'أود', 'أعرف', 'أعلم', 'نعلم', 'نعرف', 'أشعر', 'شعرت'),
  ...n('first-person', 'أستطيع', 'يمكننا', 'قلت', 'لكنني', 'لكني', 'نأمل', 'ونأمل', 'واثق', 'عليك'),
  ...n('modal', 'يبدو', 'ويبدو', 'يمكن', 'ويمكن', 'يجب', 'ويجب', 'فيجب', 'ويفترض', 'وكاد', 'وينتظر', 'صحيح', 'ويعني'),
  ...n('modal', 'يشار', 'ويشار', 'تجدر', 'جدير', 'ويقال', 'وقيل'),
  ...n('subordinator', 'علما', 'رغم', 'ورغم', 'بالرغم', 'وبالرغم', 'بيد', 'وبما', 'فمن', 'وسبق'),
  ...n('subject', 'رجب', 'جيمس', 'مون', 'سارة', 'وايت', 'البريطانية', 'الإسبانية', 'الألمانية', 'الأميركية', 'التلفزيونية', 'ومقره'),
  ...n('adjunct', 'للمزيد', 'لبي', 'للصحفيين', 'د', 'ق'),
  ...n('feeling', 'وتخشى', 'ويخشى'),
  // Hopes are not annotated as statements («وتأمل الشركات في أن …»).
  ...n('feeling', 'أمل', 'وأمل', 'يأمل', 'ويأمل', 'تأمل', 'وتأمل'),
];
