import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createDoc } from '../../src/engine/doc.js';
import { attributedOrganizations, findEntities } from '../../src/engine/entities/index.js';
import { findQuotes } from '../../src/engine/quotes/index.js';
import { analyze } from '../../src/engine/index.js';
import type { Entity } from '../../src/engine/types.js';

function entities(text: string): Entity[] {
  const doc = createDoc(text);
  findEntities(doc);
  return doc.entities;
}

/** The names of the entities of one type the stage finds in the text. */
function namesOfType(text: string, type: Entity['type']): string[] {
  return entities(text).filter((e) => e.type === type).map((e) => e.name);
}

function byName(list: Entity[], name: string): Entity {
  const e = list.find((x) => x.name === name);
  if (!e) throw new Error(`no entity «${name}» in ${list.map((x) => x.name).join(', ')}`);
  return e;
}

function expectExact(text: string, list: Entity[]): void {
  for (const e of list) for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
}

describe('findEntities', () => {
  it('finds places and leaves attached clitics out of the span, not the first letter of a name', () => {
    const text = 'وصل الوفد إلى بغداد أمس، ثم توجه إلى دمشق وبيروت في جولة إقليمية.';
    const list = entities(text);
    expectExact(text, list);
    const beirut = byName(list, 'بيروت');
    expect(beirut.type).toBe('location');
    expect(beirut.mentions[0].start).toBe(text.indexOf('وبيروت') + 1);
    // بغداد starts with ب, which is not a preposition here.
    expect(byName(list, 'بغداد').mentions[0].text).toBe('بغداد');
  });

  it('numbers entities e1, e2… in order of first mention', () => {
    const text = 'زار وزير الخارجية لندن ثم باريس، وعاد إلى القاهرة.';
    const list = entities(text);
    expect(list.map((e) => e.id)).toEqual(list.map((_, i) => `e${i + 1}`));
    const starts = list.map((e) => e.mentions[0].start);
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
  });

  it('splits a glued pair of names into two locations with offsets inside the token', () => {
    const text = 'دعت بريطانياتركيا إلى وقف التصعيد على الحدود.';
    const list = entities(text);
    expectExact(text, list);
    const uk = byName(list, 'بريطانيا');
    const tr = byName(list, 'تركيا');
    expect(uk.type).toBe('location');
    expect(tr.type).toBe('location');
    const glued = text.indexOf('بريطانياتركيا');
    expect(uk.mentions[0]).toMatchObject({ start: glued, end: glued + 'بريطانيا'.length });
    expect(tr.mentions[0]).toMatchObject({ start: glued + 'بريطانيا'.length, end: glued + 'بريطانياتركيا'.length });
  });

  it('joins a later surname mention to the full name and reads the title before it as the role', () => {
    const text = 'وأكد مدير الشركة كريم بن سالم المنصوري أن الأرباح ارتفعت هذا العام. وأوضح المنصوري أن الشركة ستفتتح فرعا جديدا في الرياض.';
    const list = entities(text);
    expectExact(text, list);
    const p = byName(list, 'كريم بن سالم المنصوري');
    expect(p.type).toBe('person');
    expect(p.role).toBe('مدير الشركة');
    expect(p.mentions.map((m) => m.text)).toEqual(['كريم بن سالم المنصوري', 'المنصوري']);
    expect(list.filter((e) => e.type === 'person')).toHaveLength(1);
  });

  it('joins a later mention by a surname that is also a given name to the full name', () => {
    const text = 'وقال قائد الشرطة العقيد سالم الحبيب إن الطرق أغلقت بسبب الثلوج. وأضاف الحبيب أن فرق الإنقاذ تعمل منذ الفجر.';
    const list = entities(text);
    expectExact(text, list);
    const p = byName(list, 'سالم الحبيب');
    expect(p.mentions.map((m) => m.text)).toEqual(['سالم الحبيب', 'الحبيب']);
    expect(list.filter((e) => e.type === 'person')).toHaveLength(1);
  });

  it('joins the head of an organization name mentioned alone later', () => {
    const text = 'أصدر المرصد الأوروبي للمناخ تقريره السنوي، وقال المرصد إن الحرارة ارتفعت.';
    const list = entities(text);
    const org = byName(list, 'المرصد الأوروبي للمناخ');
    expect(org.type).toBe('organization');
    expect(org.mentions.map((m) => m.text)).toEqual(['المرصد الأوروبي للمناخ', 'المرصد']);
  });

  it('does not take a head every organization of its kind shares for a mention («الهيئة», «الحكومة»)', () => {
    const text = 'أصدرت الهيئة العامة للإحصاء تقريرها السنوي، وقالت الهيئة إن معدل البطالة تراجع، وردت الحكومة بأنها ستدرسه.';
    const list = entities(text);
    expect(byName(list, 'الهيئة العامة للإحصاء').mentions.map((m) => m.text)).toEqual(['الهيئة العامة للإحصاء']);
    expect(mentionTexts(list)).not.toContain('الحكومة');
  });

  it('reads a role written after the name', () => {
    const text = 'وقال سمير حداد القيادي في حزب التجمع الوطني إن الانتخابات ستجري في موعدها.';
    const list = entities(text);
    const p = byName(list, 'سمير حداد');
    expect(p.role).toBe('القيادي في حزب التجمع الوطني');
    // The role is not part of the person's mention.
    expect(p.mentions[0].text).toBe('سمير حداد');
  });

  it('takes no role from a word with a preposition after the name, and restores the article a ل ate in a title', () => {
    const list = entities('واجتمع سمير حداد بالوزير في العاصمة أمس. وقدم الشكر للرئيس التونسي قيس بن علي على دعمه.');
    expect(byName(list, 'سمير حداد').role).toBeUndefined();
    const p = list.find((e) => e.type === 'person' && e.name.includes('قيس'));
    expect(p?.role).toBe('الرئيس التونسي');
  });

  it('closes a bracketed organization inside a role written after the name', () => {
    const text = 'وأكد خالد يوسف الناطق باسم حركة (شباب التغيير) أن المسيرة سلمية.';
    const p = byName(entities(text), 'خالد يوسف');
    expect(p.role).toBe('الناطق باسم حركة (شباب التغيير)');
  });

  it('takes an army with its nationality as an organization, not the bare word', () => {
    const text = 'أعلن الجيش اللبناني انتشاره في الجنوب، وقال الجيش إن الوضع هادئ.';
    const list = entities(text);
    const army = byName(list, 'الجيش اللبناني');
    expect(army.type).toBe('organization');
    // (News annotators list no bare «الجيش» among an army's names.)
    expect(army.mentions.map((m) => m.text)).toEqual(['الجيش اللبناني']);
  });

  it('finds a name at its other mentions, with clitics', () => {
    const text = 'افتتحت شركة النور للطاقة مصنعا جديدا. وقال متحدث باسم شركة النور للطاقة إن الإنتاج سيبدأ قريبا، ولشركة النور للطاقة فروع أخرى.';
    const list = entities(text);
    expectExact(text, list);
    const org = list.find((e) => e.type === 'organization' && e.name.includes('النور'));
    expect(org).toBeDefined();
    expect(org!.mentions.length).toBe(3);
    // «ولشركة»: the span starts after و and ل.
    const last = org!.mentions[2];
    expect(last.start).toBe(text.indexOf('ولشركة') + 2);
  });

  it('restores the article a preposition ate in the canonical name («للمرصد»)', () => {
    const text = 'وفقا للمرصد الأوروبي للمناخ فإن الحرارة ارتفعت.';
    const list = entities(text);
    expectExact(text, list);
    const org = list.find((e) => e.type === 'organization');
    expect(org?.name.startsWith('المرصد')).toBe(true);
  });

  it('keeps every span exact on random mixes of names, clitics, marks and punctuation', () => {
    const pieces = ['وبغداد', 'لِلمرصد', 'الرئيس', 'محمد', 'عبد', 'الرحمن', 'فرنساروسيا', 'ـ', 'ً', '«', '»', '(', ')', '،', '.', ' ', '\n', 'قال', 'بيروت', 'x', '7', '\u200f', 'جيش', 'إدلب'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), fc.array(fc.constantFrom(' ', ''), { maxLength: 40 }), (parts, seps) => {
        const text = parts.map((p, i) => p + (seps[i] ?? ' ')).join('');
        const list = entities(text);
        expectExact(text, list);
        for (const e of list) for (const m of e.mentions) expect(m.end).toBeGreaterThan(m.start);
      }),
      { numRuns: 200 },
    );
  });

  it('never throws on empty, garbage, mixed-script or long input', () => {
    expect(entities('')).toEqual([]);
    expect(() => entities('\u0000\uffff\ud800 ))) «« ،،، ١٢٣ abc')).not.toThrow();
    const mixed = 'Reuters: قال John Smith في London إن ' + '😀'.repeat(10);
    expectExact(mixed, entities(mixed));
    const long = 'قال الرئيس إن الوفد وصل إلى عمان. '.repeat(3000);
    const list = entities(long);
    expectExact(long, list);
    expect(list.length).toBeLessThan(10);
  });

  it('ends a person\'s name before an indefinite role noun heading a genitive, not before a name part', () => {
    const text = 'وسجل محمد صلاح نجم ليفربول هدفا، وقال علي حسين لاعب الفريق إن الفوز مهم. وقال أحمد نجم إن المباراة صعبة.';
    const persons = entities(text).filter((e) => e.type === 'person').map((e) => e.name);
    expect(persons).toContain('محمد صلاح');
    expect(persons).toContain('علي حسين');
    expect(persons).toContain('أحمد نجم');
    expect(persons.filter((n) => /صلاح نجم|لاعب/.test(n))).toEqual([]);
  });

  it('takes a rare surname after a first name into the person, not a rare word after a surname', () => {
    const text = 'وسجل الفريق هدفين عن طريق ماركو فيرلاند ونيكلاس شتومبفل قبل النهاية. وقال ماكرون بتسخير الموارد إن الحكومة ستعمل.';
    const list = entities(text);
    expectExact(text, list);
    const persons = list.filter((e) => e.type === 'person').map((e) => e.name);
    expect(persons).toContain('نيكلاس شتومبفل');
    expect(persons).toContain('ماكرون');
    expect(persons.filter((n) => n.includes('بتسخير'))).toEqual([]);
  });
});

describe('text in other languages', () => {
  it('finds no names in a pasted English or Latin paragraph, but keeps the Arabic around it', () => {
    const text =
      'وقال الرئيس الفرنسي إيمانويل ماكرون في باريس إن المحادثات مستمرة.\n' +
      'Sed ut perspiciatis unde omnis iste natus error sit voluptatem accusantium doloremque laudantium totam rem aperiam.\n' +
      'The committee will meet again next week in Geneva to review the final draft of the agreement.';
    const list = entities(text);
    expectExact(text, list);
    expect(list.filter((e) => !/[\u0600-\u06ff]/.test(e.name))).toEqual([]);
    expect(list.map((e) => e.name)).toEqual(expect.arrayContaining(['إيمانويل ماكرون', 'باريس']));
  });
});

describe('news outlets in quote marks', () => {
  it('reads «لـ«…»» after a reporting word as the outlet someone spoke to', () => {
    const text = 'وقال المسؤول لـ«النهار» إن الاتفاق بات قريبا. وأوضح في تصريح لـ"المدى" أن الوفد سيصل غدا.';
    const list = entities(text);
    expectExact(text, list);
    const orgs = list.filter((e) => e.type === 'organization').map((e) => e.name);
    expect(orgs).toEqual(expect.arrayContaining(['النهار', 'المدى']));
  });

  it('reads the city of a dateline before an agency in brackets as a place, the agency as an organization', () => {
    const text = 'واشنطن (CNN)-- أعلن البيت الأبيض أن الرئيس سيزور المنطقة الشهر المقبل.';
    const list = entities(text);
    expectExact(text, list);
    expect(byName(list, 'واشنطن').type).toBe('location');
    expect(byName(list, 'CNN').type).toBe('organization');
  });

  it('keeps an agency\'s country in its name («وكالة الصحافة الفرنسية», «وكالة الفضاء الأوروبية»)', () => {
    const text = 'وذكرت وكالة الصحافة الفرنسية أن الاجتماع انتهى، فيما أعلنت وكالة الفضاء الأوروبية موعد الإطلاق.';
    const list = entities(text);
    expectExact(text, list);
    const orgs = list.filter((e) => e.type === 'organization').map((e) => e.mentions[0].text);
    expect(orgs).toContain('وكالة الصحافة الفرنسية');
    expect(orgs).toContain('وكالة الفضاء الأوروبية');
  });

  it('names a body called after a place with its kind («بنك إنجلترا»), a company by its own name («هواوي»)', () => {
    const text = 'وكان بنك إنجلترا قد صرح بأن التضخم سيتراجع. وأعلنت شركة هواوي عن هاتف جديد.';
    const list = entities(text);
    expectExact(text, list);
    expect(list.find((e) => e.mentions.some((m) => m.text === 'بنك إنجلترا'))?.name).toBe('بنك إنجلترا');
    expect(list.find((e) => e.mentions.some((m) => m.text === 'شركة هواوي'))?.name).toBe('هواوي');
  });

  it('splits companies listed with و that the tagger reads as one, not a head\'s name with و inside', () => {
    const text = 'وشهد القطاع صفقات كبيرة، بما في ذلك رينو وبيجو وبومباردييه. وأعلنت هيئة كهرباء ومياه دبي عن خطة جديدة.';
    const list = entities(text);
    expectExact(text, list);
    const orgs = list.filter((e) => e.type === 'organization').map((e) => e.name);
    expect(orgs).toEqual(expect.arrayContaining(['رينو', 'بيجو', 'بومباردييه']));
    expect(orgs.some((n) => n.includes('كهرباء ومياه'))).toBe(true);
  });

  it('reads an outlet named by an everyday word as the outlet only where the article cites it', () => {
    const text = 'ويستعد الفريق لمباراة الغد أمام منافسه. وقالت الغد إن الحكومة ستستقيل قريبا.';
    const list = entities(text);
    expectExact(text, list);
    const paper = list.find((e) => e.type === 'organization' && e.name === 'الغد');
    expect(paper?.mentions).toHaveLength(1);
    expect(text.slice(paper!.mentions[0].start - 6, paper!.mentions[0].start)).toBe('وقالت ');
  });

  it('leaves quoted words alone when nobody is said to speak to them', () => {
    const text = 'وتحولت الأغنية لـ«ظاهرة» في المدينة خلال أسابيع.';
    expect(entities(text).map((e) => e.name)).not.toContain('ظاهرة');
  });
});

/** Every mention's text, by entity type. */
function mentionTexts(list: Entity[], type?: Entity['type']): string[] {
  return list.filter((e) => !type || e.type === type).flatMap((e) => e.mentions.map((m) => m.text));
}

/**
 * Wrong highlights readers met on real pages, as short sentences of our own: each names the
 * construction that went wrong, not the page it was seen on.
 */
describe('wrong highlights seen on real pages', () => {
  it('reads a given name that is also an adjective as the adjective after a feminine noun, and as the name after a kinship word', () => {
    const list = entities('وكانت النتيجة مفاجأة سارة للجمهور. وحضرت زوجته سارة الحفل.');
    const persons = list.filter((e) => e.type === 'person').flatMap((e) => e.mentions.map((m) => m.start));
    expect(persons).toHaveLength(1);
    expect(persons[0]).toBeGreaterThan(35);
  });

  it('reads a given name that is also an adjective as the predicate after «إنه»/«أنها», not a full name there', () => {
    const list = entities('وقال المدرب إنه سعيد بأداء اللاعبين، وأكدت اللاعبة أنها سعيدة جدا. وقال لأنه كريم الشامي لا يغيب.');
    const persons = list.filter((e) => e.type === 'person').map((e) => e.name);
    expect(persons.filter((n) => n === 'سعيد' || n === 'سعيدة')).toEqual([]);
    expect(persons).toContain('كريم الشامي');
  });

  it('takes neither a pair of nation adjectives nor a month and its time word for a person', () => {
    const list = entities('وناقش المؤتمر جذور الصراع العربي الإسرائيلي. وفي رمضان الماضي ارتفعت الأسعار، وقال رمضان حسن إنها ستنخفض.');
    const persons = list.filter((e) => e.type === 'person').map((e) => e.name);
    expect(persons).toEqual(['رمضان حسن']);
  });

  it('reads «بيان» after a preposition or before «باسم» as a statement, and a title before it as a name', () => {
    const list = entities('وأكدت الشركة في بيان باسم مديرها أن الأرباح زادت. وقالت الإعلامية بيان الخطيب إن البرنامج سيعود.');
    const persons = list.filter((e) => e.type === 'person').map((e) => e.name);
    expect(persons.filter((n) => n.includes('باسم'))).toEqual([]);
    expect(persons).toContain('بيان الخطيب');
  });

  it('reads «كامل» after a preposition as «the whole of», not a person', () => {
    const list = entities('وبسطت الحكومة سيطرتها على كامل المحافظة، ونشرت قواتها في كامل المدن الساحلية.');
    expect(list.filter((e) => e.type === 'person')).toEqual([]);
  });

  it('reads a name after a word for a person that the tagger does not take for a title', () => {
    const list = entities('وأجرى العملية الطبيب ماجد الشهري بنجاح. وقال الشاب الذي نجا إن الوضع صعب.');
    expect(list.filter((e) => e.type === 'person').map((e) => e.name)).toEqual(['ماجد الشهري']);
  });

  it('does not read «لدينا» before a common word as a person, nor an adjective after an indefinite title', () => {
    const list = entities('وقال المحامي: ليس لدينا حكم نهائي حتى الآن. ووصفته بأنه رجل تقي يحترمه الجميع.');
    expect(list.filter((e) => e.type === 'person').map((e) => e.name)).toEqual([]);
  });

  it('does not read «لدينا» (we have) as ل + the given name «دينا», even with a «دينا» in the article', () => {
    const text = 'قالت دينا حسن إن لدينا خططا جديدة للعام المقبل. وأضافت أن لدينا فرصة حقيقية.';
    const list = entities(text);
    expectExact(text, list);
    for (const e of list) for (const m of e.mentions) expect(text.slice(m.start - 1, m.end), e.name).not.toBe('لدينا');
  });

  it('reads «بريف دمشق» as the place «ريف دمشق», never as «بريف»', () => {
    const text = 'سقطت قذائف على بلدات بريف دمشق الشرقي صباح اليوم.';
    const list = entities(text);
    expectExact(text, list);
    expect(mentionTexts(list)).not.toContain('بريف');
    expect(mentionTexts(list, 'location')).toContain('ريف دمشق');
  });

  it('reads the countryside of a city as the city («بريف حمص» → «حمص»), as «جنوب إدلب» is «إدلب»', () => {
    const text = 'وقصفت المدفعية قرى بريف حمص الشمالي، ثم امتدت المعارك إلى ريف دير الزور.';
    expect(namesOfType(text, 'location').sort()).toEqual(['حمص', 'دير الزور']);
  });

  it('does not spread a surname that is a nationality adjective («المصري») to the adjective elsewhere', () => {
    const text = 'التقى الوزير بالخبير رامي المصري في القاهرة. وقال المسؤول إن الجانب المصري يرحب بالاتفاق وإن الموقف المصري ثابت.';
    const list = entities(text);
    expectExact(text, list);
    const adjective = text.indexOf('الجانب المصري') + 'الجانب '.length;
    for (const e of list) for (const m of e.mentions) expect(m.start, `${e.name}: ${m.text}`).not.toBe(adjective);
  });

  it('does not take the adjective «العربي» for a name of its own', () => {
    const text = 'وقال الأمين العام للبرلمان العربي إن الجلسة ستعقد غدا. وناقش الوزراء أوضاع العالم العربي.';
    const list = entities(text);
    expect(list.filter((e) => e.type === 'person').map((e) => e.name)).toEqual([]);
    expect(list.map((e) => e.name)).not.toContain('العربي');
  });

  it('does not take «الرأي العام» (public opinion) for an organization', () => {
    const text = 'أثار القرار غضب الرأي العام في البلاد، وطالب نواب بمراجعته.';
    expect(entities(text).filter((e) => e.type === 'organization').map((e) => e.name)).toEqual([]);
  });

  it('does not read a journalist named «آسيا» in a byline as the continent', () => {
    const text = 'آسيا العتروس - تونس\nأعلنت الحكومة التونسية اليوم عن خطة لدعم الشركات الصغيرة.';
    const list = entities(text);
    expectExact(text, list);
    expect(list.filter((e) => e.type === 'location').map((e) => e.name)).not.toContain('آسيا');
  });

  it('highlights «للصين» whole, never the half «لصين», and names it «الصين»', () => {
    const text = 'قدمت اليابان مساعدات للصين بعد الزلزال.';
    const list = entities(text);
    expectExact(text, list);
    expect(mentionTexts(list)).not.toContain('لصين');
    const china = byName(list, 'الصين');
    expect(china.type).toBe('location');
    expect(china.mentions[0].text).toBe('للصين');
  });

  it('ends a name before the verb it is the subject of, and takes no verb alone for a name', () => {
    const text = 'وبحسب البيان فإن اللجنة قررت تأجيل الاجتماع إلى الأسبوع المقبل. وأشار إلى أن الفريق سيتأهل إذا فاز.';
    const list = entities(text);
    expectExact(text, list);
    for (const e of list) for (const m of e.mentions) expect(m.text).not.toMatch(/قررت|سيتأهل/);
  });

  it('splits two surnames joined by و into the two people the article named in full', () => {
    const text = 'وتعود القضية إلى اغتيال المعارضين فاضل بلحسن وناجي العامري عام 2013. وطالب محامو بلحسن والعامري بكشف الوثائق.';
    const list = entities(text);
    expectExact(text, list);
    const persons = list.filter((e) => e.type === 'person');
    expect(persons.map((e) => e.name).sort()).toEqual(['فاضل بلحسن', 'ناجي العامري']);
    expect(byName(list, 'ناجي العامري').mentions.map((m) => m.text)).toContain('العامري');
  });

  it('never opens a name with a particle the tagger took in («إن | النبي محمد»)', () => {
    const text = 'وقال الشيخ إن النبي محمد دعا إلى الرحمة، وإن الرسول محمد كان قدوة للناس.';
    const list = entities(text);
    expectExact(text, list);
    for (const e of list) for (const m of e.mentions) expect(m.text).not.toMatch(/^(إن|وإن) /);
    expect(list.some((e) => e.type === 'person' && e.name.endsWith('محمد'))).toBe(true);
  });

  it('keeps a foreign name whole where the tagger opens a second name on its last word («… مورننغ | بوست»)', () => {
    const text = 'وذكرت صحيفة تشاينا مورننغ بوست التي تصدر في هونغ كونغ أن المحتجين تجمعوا أمام المبنى.';
    const list = entities(text);
    expectExact(text, list);
    const paper = list.find((e) => e.type === 'organization' && e.name.includes('مورننغ'));
    expect(paper?.name).toBe('تشاينا مورننغ بوست');
    expect(list.some((e) => e.name === 'وست')).toBe(false);
  });

  it('takes a listed foreign name whole rather than as a clitic + a rarer name («فاسيل», «كالديرون»)', () => {
    const text = 'وقال رئيس جهاز الأمن في البلاد، فاسيل بتروفسكي، في مؤتمر صحفي إن التحقيق مستمر. وسجل المهاجم كالديرون هدفين.';
    const list = entities(text);
    expectExact(text, list);
    const names = list.filter((e) => e.type === 'person').map((e) => e.name);
    expect(names).toContain('فاسيل بتروفسكي');
    expect(names).toContain('كالديرون');
  });

  it('ends an organization before the spokesman named after it, who is a person with that role', () => {
    const text = 'وقال المتحدث باسم المحكمة العليا إياس الساموك، في بيان، إن القرار نهائي.';
    const list = entities(text);
    expectExact(text, list);
    expect(byName(list, 'المحكمة العليا').type).toBe('organization');
    expect(byName(list, 'إياس الساموك').type).toBe('person');
  });

  it('ends an organization before a verb of purpose its genitive rule would take («… | لينتقل إلى»)', () => {
    const text = 'بدأ اللاعب مسيرته مع نادي الشباب لينتقل إلى النصر عام 2005.';
    const list = entities(text);
    expectExact(text, list);
    for (const e of list) for (const m of e.mentions) expect(m.text).not.toMatch(/لينتقل/);
  });

  it('reads a given name that is also a word as a second person where it closes «X و…»', () => {
    const text = 'ويقوم ببطولة المسلسل ياسر جلال ونور، ومن المقرر عرضه في رمضان.';
    const list = entities(text);
    expectExact(text, list);
    expect(list.filter((e) => e.type === 'person').map((e) => e.name).sort()).toEqual(['نور', 'ياسر جلال']);
  });

  it('reads «باسم» after a word of naming as «by the name of», not the given name Basem', () => {
    const text = 'وأطلقت الشركة مختبرها المعروف باسم إكس في العام الماضي. ويقع الحي الذي يعرف أيضا باسم البلدة القديمة قرب النهر.';
    const list = entities(text);
    expect(list.some((e) => e.type === 'person' && e.name.startsWith('باسم'))).toBe(false);
  });

  it('takes a listed surname news seldom writes otherwise into the person after a first name', () => {
    const text = 'وقال المتحدث إبراهيم كالين لقناة محلية إن الاتفاق ما زال قائما.';
    const list = entities(text);
    expectExact(text, list);
    expect(byName(list, 'إبراهيم كالين').type).toBe('person');
  });

  it('reads a company called after a person as an organization («شركة توماس كوك»)', () => {
    const text = 'وكشفت اختبارات أجرتها شركة توماس كوك للسياحة عن وجود بكتيريا في الفندق. وقالت شركة توماس كوك إن التحقيق مستمر.';
    const list = entities(text);
    expectExact(text, list);
    expect(list.some((e) => e.type === 'person')).toBe(false);
    expect(list.some((e) => e.type === 'organization' && e.name.startsWith('توماس كوك'))).toBe(true);
  });

  it('does not take «و» + a surname of the article for a surname («هاري | وماركل»)', () => {
    const text = 'وتزوج الأمير هاري من الممثلة ميغان ماركل. وشوهدت قبلات في زفاف هاري وماركل الملكي.';
    const list = entities(text);
    expectExact(text, list);
    expect(list.some((e) => e.name.startsWith('وماركل'))).toBe(false);
    expect(byName(list, 'ميغان ماركل').mentions.map((m) => m.text)).toContain('ماركل');
  });

  it('does not take «و» + a known name after a given name for a surname («مون | وترامب»)', () => {
    const text = 'وقال الرئيس الأميركي دونالد ترامب إنه مستعد للقاء. وذلك لتحضير قمتي مون وترامب المقبلتين.';
    const list = entities(text);
    expectExact(text, list);
    expect(list.some((e) => e.name.startsWith('وترامب'))).toBe(false);
    expect(byName(list, 'دونالد ترامب').mentions.length).toBe(2);
  });

  it('does not spread an outlet named by an everyday word to that word elsewhere («صحيفة الرأي» / «حرية الرأي»)', () => {
    const text = 'وتشير استطلاعات الرأي إلى تقدم الحزب. ودافع عن حرية الرأي والتعبير. وقال في مقابلة مع صحيفة الرأي الأردنية إن الوضع صعب.';
    const list = entities(text);
    expectExact(text, list);
    const paper = list.find((e) => e.type === 'organization' && e.name === 'الرأي');
    expect(paper?.mentions.map((m) => m.text)).toEqual(['صحيفة الرأي']);
  });

  it('ends a person\'s name before an imperfect verb in any person or with its object pronoun', () => {
    const text = 'وأكد الكاتب أن هيفاء تقصده على طريقة المثل الشهير، وأن سميرة تعتبرها فرصة.';
    const list = entities(text);
    expectExact(text, list);
    for (const e of list) for (const m of e.mentions) expect(m.text).not.toMatch(/تقصده|تعتبرها/);
  });

  it('reads a name with a hashtag inside it as one name, named as the article writes it', () => {
    const text = 'وقال الرئيس الأميركي دونالد #ترمب إن الرسوم ستفرض. ووقف الممثل #تيم_حسن إلى جانب الممثلة #منى_واصف في المسلسل.';
    const list = entities(text);
    expectExact(text, list);
    expect(byName(list, 'دونالد #ترمب').mentions[0].text).toBe('دونالد #ترمب');
    expect(byName(list, 'تيم_حسن').type).toBe('person');
    expect(byName(list, 'منى_واصف').mentions[0].text).toBe('منى_واصف');
    expect(list.filter((e) => e.type === 'person')).toHaveLength(3);
  });

  it('splits a subject and its object the article names apart elsewhere («ساندت سلمى راشد | كمال نبيل»)', () => {
    const text = 'وكانت الفنانة سلمى راشد قد تزوجت المطرب كمال نبيل عام 1950. وساندت سلمى راشد كمال نبيل بعد أزمته المالية.';
    const list = entities(text);
    expectExact(text, list);
    const persons = list.filter((e) => e.type === 'person');
    expect(persons.map((e) => e.name).sort()).toEqual(['سلمى راشد', 'كمال نبيل']);
    for (const p of persons) expect(p.mentions).toHaveLength(2);
  });

  it('ends a person\'s name before a role noun whose genitive is an organization\'s kind («نجم | فريق …»)', () => {
    const text = 'وعرض النادي مبلغا كبيرا لضم المهاجم ليون بايلي نجم فريق باير ليفركوزن الألماني.';
    const list = entities(text);
    expectExact(text, list);
    expect(list.some((e) => e.type === 'person' && e.name === 'ليون بايلي')).toBe(true);
  });

  it('takes no future verb for a name, and no name that only looks like a prefix + verb for a verb', () => {
    const text = 'وأشار إلى أن الفريق سيتأهل إذا فاز غدا. وقال وزير الدفاع أفيغدور ليبرمان إن الجيش مستعد.';
    const list = entities(text);
    expectExact(text, list);
    expect(list.some((e) => e.name.includes('سيتأهل'))).toBe(false);
    expect(list.some((e) => e.type === 'person' && e.name === 'أفيغدور ليبرمان')).toBe(true);
  });

  it('leaves a nationality before a name or alone out of the person («الويلزي | غاريث بيل», «مصدر يوناني»)', () => {
    const text = 'وسجل الويلزي غاريث بيل هدف الفوز في الدقيقة الأخيرة. وقال مصدر دبلوماسي يوناني إن الموقف اليوناني ثابت.';
    const list = entities(text);
    expectExact(text, list);
    expect(list.filter((e) => e.type === 'person').map((e) => e.name)).toEqual(['غاريث بيل']);
  });

  it('leaves a nationality spelled «-اني» or «-اوي» out of a one-word name («الأوروغوياني | نونيز», «النمساوي | هاينز»)', () => {
    const text = 'ومرر الأوروغوياني نونيز كرة إلى زميله. وسجل النمساوي هاينز الهدف الثاني.';
    const list = entities(text);
    expectExact(text, list);
    expect(list.filter((e) => e.type === 'person').map((e) => e.name).sort()).toEqual(['نونيز', 'هاينز']);
  });

  it('leaves a British title out of the name («للسير | أليكس فيرغسون», «اللورد | ديفيد أوين»)', () => {
    const text = 'وارتفعت أسعار تذاكر المباراة الأخيرة للسير أليكس فيرغسون مع فريقه. وقال اللورد ديفيد أوين إن القرار خاطئ.';
    const list = entities(text);
    expectExact(text, list);
    expect(list.filter((e) => e.type === 'person').map((e) => e.name).sort()).toEqual(['أليكس فيرغسون', 'ديفيد أوين']);
  });

  it('ends a place before an adverb with tanween or a word of position, and takes no adverb for a place', () => {
    const text = 'وأعلن الجيش تطهير وادي المسيني نهائياً من المسلحين. وتقدمت القوات نحو وادي المسيني الواقع غرب المكلا. وكان يزور المدينة دوماً.';
    const list = entities(text);
    expectExact(text, list);
    for (const e of list) for (const m of e.mentions) expect(m.text).not.toMatch(/نهائياً|الواقع|دوماً/);
    expect(byName(list, 'وادي المسيني').mentions).toHaveLength(2);
  });

  it('takes neither a place\'s kind alone nor an everyday word for a place («محافظة #تعز», «بالبيئة والإنسان»)', () => {
    const text = 'وتسبب التسرب في أضرار خطيرة بالبيئة والإنسان يصعب إصلاحها. وقال قائد اللواء في جبهة الصلو جنوب شرق محافظة #تعز إن القتال مستمر.';
    const list = entities(text);
    expectExact(text, list);
    const places = list.filter((e) => e.type === 'location').map((e) => e.name);
    expect(places).toContain('تعز');
    expect(places).not.toContain('محافظة');
    expect(places).not.toContain('الإنسان');
  });

  it('ends a name before an adverb written without tanween, and drops what is left when it is only a kind', () => {
    const text = 'وأجرت شركة إبسوس إلكترونيا استطلاعا شمل ألف شخص. وأعلنت الحكومة أن ميناء استراتيجيا سيفتتح قريبا.';
    const list = entities(text);
    expectExact(text, list);
    for (const e of list) for (const m of e.mentions) expect(m.text).not.toMatch(/إلكترونيا|استراتيجيا/);
    expect(list.some((e) => e.name === 'إبسوس')).toBe(true);
    expect(list.some((e) => e.name === 'ميناء')).toBe(false);
  });

  it('takes no organization\'s kind alone for an organization', () => {
    const text = 'وقالت منظمة إن المساعدات لم تصل. وأعلن بنك أنه سيرفع الفائدة. وقالت منظمة الصحة العالمية إن الوباء انحسر.';
    const list = entities(text);
    expectExact(text, list);
    expect(list.filter((e) => e.type === 'organization').map((e) => e.name)).toEqual(['منظمة الصحة العالمية']);
  });

  it('takes no office of a body named only by its kind for an organization («اللجنة التنفيذية للاتحاد»)', () => {
    const text = 'وقررت اللجنة التنفيذية للاتحاد تأجيل المباريات. وقالت الهيئة العامة للإحصاء إن التضخم تراجع.';
    const list = entities(text);
    expectExact(text, list);
    expect(list.filter((e) => e.type === 'organization').map((e) => e.name)).toEqual(['الهيئة العامة للإحصاء']);
  });

  it('keeps a listed name that opens with a particle\'s spelling («بان كي مون»), and a nisba surname after a verb', () => {
    const text = 'وقال الأمين العام للأمم المتحدة بان كي مون إن الوضع خطير. وقال البدري إن فريقه جاهز.';
    const list = entities(text);
    expectExact(text, list);
    const persons = list.filter((e) => e.type === 'person').map((e) => e.name);
    expect(persons).toContain('بان كي مون');
    expect(persons).toContain('البدري');
  });

  it('ends a person\'s name before a kinship noun whose genitive is a title («هاري | حفيد ملكة …»)', () => {
    const text = 'وتزوج الأمير هاري حفيد ملكة إنجلترا من الممثلة ميغان ماركل.';
    const list = entities(text);
    expectExact(text, list);
    expect(list.filter((e) => e.type === 'person').map((e) => e.name).sort()).toEqual(['ميغان ماركل', 'هاري']);
  });

  it('keeps a longer name that opens with a word written like a verb («فكرت» is Fikret too)', () => {
    const text = 'وقال الكاتب التركي فكرت أوزون إن الرواية ستصدر قريبا.';
    const list = entities(text);
    expect(list.some((e) => e.type === 'person' && e.name.startsWith('فكرت'))).toBe(true);
  });

  it('reads «على» spelled «علي» before a definite noun as the preposition, not a person', () => {
    const text = 'تغلب اللاعب علي الأسباني في المباراة النهائية.';
    expect(entities(text).filter((e) => e.type === 'person').map((e) => e.name)).not.toContain('علي الأسباني');
  });
});

describe('organizations', () => {
  it('names an outlet without the word for its kind, quoted or not, and without its descriptors', () => {
    const text = 'وقالت صحيفة «النجمة» إن الوزير وصل. ونقلت صحيفة الحياة اللندنية عن مصدر قوله. وذكرت قناة الجزيرة الفضائية أن الاجتماع انتهى.';
    const list = entities(text);
    expectExact(text, list);
    const orgs = list.filter((e) => e.type === 'organization').map((e) => e.name);
    expect(orgs).toEqual(expect.arrayContaining(['النجمة', 'الحياة', 'الجزيرة']));
    expect(orgs).not.toContain('صحيفة الحياة اللندنية');
  });

  it('does not take the site of an event for an outlet', () => {
    const text = 'ووصل فريق الإنقاذ إلى موقع الحادث بعد ساعة.';
    expect(entities(text).filter((e) => e.type === 'organization').map((e) => e.name)).not.toContain('الحادث');
  });

  it('reads the agency of a dateline and the writer of a byline', () => {
    const dateline = 'الرياض - واس:\nأعلنت الهيئة العامة للإحصاء اليوم عن نتائج المسح.';
    expect(entities(dateline).find((e) => e.name === 'واس')?.type).toBe('organization');
    const bracketed = 'القاهرة (رويترز) - قال مسؤول إن الاجتماع انتهى دون اتفاق.';
    expect(entities(bracketed).find((e) => e.name === 'رويترز')?.type).toBe('organization');
    const byline = 'سلمى الكردي - بيروت\nأعلنت الحكومة اللبنانية اليوم عن خطة للكهرباء.';
    expect(entities(byline).find((e) => e.name === 'سلمى الكردي')?.type).toBe('person');
  });

  it('reads the outlet among the parts of a header line: after a dated dateline, beside a writer or a place', () => {
    const org = (text: string, name: string) => expect(entities(text).find((e) => e.name === name)?.type, text).toBe('organization');
    org('الكويت 3 رجب 1440 هـ الموافق 10 مارس 2019 م كونا\nأعلنت الوزارة عن خطة جديدة.', 'كونا');
    org('هدى الشامي – النهار\nقال الوزير إن الخطة جاهزة.', 'النهار');
    org('النهار – بيروت\nقال الوزير إن الخطة جاهزة.', 'النهار');
    org('كمال يوسف- الأنباء- الكويت: قال الوزير إن الخطة جاهزة للتنفيذ منذ أسابيع.', 'الأنباء');
    org('وقال في حديثه إلى "النهار" إن الخطة جاهزة.', 'النهار');
    // Two parts neither of which is a place or a writer: a headline, not a byline.
    expect(entities('سلام - حرب\nقال الوزير إن الخطة جاهزة.').filter((e) => e.type === 'organization')).toEqual([]);
  });

  it('takes a government, army or ministry with its nationality as an organization, not an ordinal or a common adjective', () => {
    const text = 'أعلنت الحكومة التونسية عن خطة جديدة. وقالت الخارجية التركية إن الوفد وصل. وحل الفريق في المركز الثاني، وتغيرت الإدارة الفنية.';
    const orgs = entities(text).filter((e) => e.type === 'organization').map((e) => e.name);
    expect(orgs).toEqual(expect.arrayContaining(['الحكومة التونسية', 'الخارجية التركية']));
    expect(orgs).not.toContain('المركز الثاني');
    expect(orgs).not.toContain('الإدارة الفنية');
  });

  it('leaves a nationality out of a name that is complete without it', () => {
    const text = 'وأشاد حزب الله اللبناني بالقرار الذي صدر أمس.';
    const orgs = entities(text).filter((e) => e.type === 'organization').map((e) => e.name);
    expect(orgs).toContain('حزب الله');
    expect(orgs).not.toContain('حزب الله اللبناني');
  });

  it('keeps the parts of a name joined by و together', () => {
    const text = 'وقالت مؤسسة الموانئ والجمارك والمنطقة الحرة إن الأرباح زادت العام الماضي.';
    expect(entities(text).map((e) => e.name)).toContain('مؤسسة الموانئ والجمارك والمنطقة الحرة');
  });

  it('adds the organization a quote is attributed to when the names stage missed it, and links the quote', () => {
    const text = 'وقالت هيئة الطيران المدني في بيان إن الرحلات ستستأنف غدا.';
    const doc = createDoc(text);
    findEntities(doc);
    doc.entities = [];
    findQuotes(doc);
    expect(doc.quotes[0]?.speaker.type).toBe('organization');
    attributedOrganizations(doc);
    const org = doc.entities.find((e) => e.type === 'organization');
    expect(org?.name).toBe('هيئة الطيران المدني');
    expect(doc.quotes[0].speaker.entityId).toBe(org?.id);
    expect(doc.entities.map((e) => e.id)).toEqual(doc.entities.map((_, i) => `e${i + 1}`));
  });

  it('leaves a bare head the quote is attributed to alone', () => {
    const text = 'وقالت الشرطة إن التحقيق مستمر.';
    const doc = createDoc(text);
    findEntities(doc);
    findQuotes(doc);
    attributedOrganizations(doc);
    expect(doc.entities.map((e) => e.name)).not.toContain('الشرطة');
  });

  it('names no body by a bare head with what describes it when none of its kind was named before', () => {
    const orgs = (text: string) => {
      const doc = createDoc(text);
      findEntities(doc);
      findQuotes(doc);
      attributedOrganizations(doc);
      return doc.entities.filter((e) => e.type === 'organization').map((e) => e.name);
    };
    expect(orgs('وقالت المجموعة الأخيرة إن أرباحها تراجعت.')).toEqual([]);
    expect(orgs('وذكرت الوزارة نفسها أن القرار نهائي.')).toEqual([]);
  });

  it('names no body by an everyday word a quote is attributed to alone («السلطات»), but a listed name alone', () => {
    const orgs = (text: string) => {
      const doc = createDoc(text);
      findEntities(doc);
      findQuotes(doc);
      attributedOrganizations(doc);
      return doc.entities.filter((e) => e.type === 'organization').map((e) => e.name);
    };
    expect(orgs('وقالت السلطات إن التحقيق في الحادث مستمر.')).toEqual([]);
    expect(orgs('وقالت النيابة إن المتهم اعترف بالتهم.')).toEqual([]);
    expect(orgs('وقالت حماس إن الهدنة انتهت.')).toEqual(['حماس']);
    // Nor the authorities a nationality describes, quoted or not.
    expect(orgs('وأكدت السلطات الفرنسية أن التحقيق مستمر. وكانت الشركة على اتصال مع السلطات الألمانية منذ أشهر.')).toEqual([]);
  });

  it('reads a bare definite head the quote is attributed to as the body of that kind named before it', () => {
    const text = 'أصدرت وزارة الزراعة قرارا جديدا أمس. وذكرت الوزارة في بيان أن القرار يبدأ الشهر المقبل.';
    const doc = createDoc(text);
    findEntities(doc);
    findQuotes(doc);
    attributedOrganizations(doc);
    const orgs = doc.entities.filter((e) => e.type === 'organization');
    expect(orgs.map((e) => e.name)).toEqual(['وزارة الزراعة']);
    expect(orgs[0].mentions.map((m) => m.text)).toEqual(['وزارة الزراعة', 'الوزارة']);
    expect(doc.quotes.find((q) => q.speaker.text.includes('الوزارة'))?.speaker.entityId).toBe(orgs[0].id);
  });

  it('links a bare head with what describes it, and a kind written before an outlet’s name', () => {
    const orgMentions = (text: string) => {
      const doc = createDoc(text);
      findEntities(doc);
      findQuotes(doc);
      attributedOrganizations(doc);
      return doc.entities.filter((e) => e.type === 'organization').map((e) => e.mentions.map((m) => m.text));
    };
    expect(orgMentions('رفعت شركة تويوتا أسعارها أمس. وقالت الشركة في مارس الماضي إن الطلب تراجع.')).toEqual([['شركة تويوتا', 'الشركة']]);
    expect(orgMentions('وذكرت وكالة رويترز أن الاجتماع تأجل. وقالت الوكالة في تقرير لاحق إن الموعد الجديد لم يحدد.')).toEqual([['وكالة رويترز', 'الوكالة']]);
  });

  it('reads a bare outlet kind the quote is attributed to as the outlet named before it, and never as a name alone', () => {
    const analyzed = (text: string) => {
      const doc = createDoc(text);
      findEntities(doc);
      findQuotes(doc);
      attributedOrganizations(doc);
      return doc.entities.filter((e) => e.type === 'organization');
    };
    const site = analyzed('أعلن موقع يوتيوب أمس حذف آلاف المقاطع. وقال الموقع إن مقاطع أخرى ستحذف الشهر المقبل.');
    expect(site.map((e) => e.mentions.map((m) => m.text))).toEqual([['موقع يوتيوب', 'الموقع']]);
    expect(analyzed('ويقول موقع techblog إن الهاتف سيطرح في الخريف.').map((e) => e.name)).not.toContain('موقع');
  });
});

describe('places', () => {
  it('reads two listed places side by side as two, a place listed whole as one', () => {
    const text = 'وحذرت فرنسا إيطاليا من إغلاق الموانئ، وزار الوفد كوريا الجنوبية.';
    const list = entities(text);
    expectExact(text, list);
    const places = list.filter((e) => e.type === 'location').map((e) => e.name);
    expect(places).toEqual(expect.arrayContaining(['فرنسا', 'إيطاليا', 'كوريا الجنوبية']));
    expect(places).not.toContain('فرنسا إيطاليا');
  });

  it('reads towns the 2018 news names that no list held, without their kind before them', () => {
    const text = 'وعاد المحققون إلى سالزبري أمس لجمع الأدلة. واشتدت المعارك في التحيتا وزبيد.';
    expect(namesOfType(text, 'location').sort()).toEqual(['التحيتا', 'زبيد', 'سالزبري']);
  });

  it('reads country spellings the tagger\'s list lacks', () => {
    const list = entities('وتعادلت الدنمرك مع مقدونيا، فيما خسرت أيرلندا الشمالية أمام الجبل الأسود.');
    const places = list.filter((e) => e.type === 'location').map((e) => e.name);
    for (const p of ['الدنمرك', 'مقدونيا', 'أيرلندا الشمالية', 'الجبل الأسود']) expect(places).toContain(p);
  });

  it('names a facility or landform with its head, and a place called by an administrative head without it', () => {
    const text = 'هبطت الطائرة في مطار دبي الدولي قبل أن يتوجه الوفد إلى شارع البرلمان. وقصف التحالف معسكر العمد في محافظة صعدة.';
    const list = entities(text);
    expectExact(text, list);
    const places = list.filter((e) => e.type === 'location').map((e) => e.name);
    expect(places).toEqual(expect.arrayContaining(['مطار دبي الدولي', 'شارع البرلمان', 'معسكر العمد', 'صعدة']));
    expect(byName(list, 'صعدة').mentions[0].text).toBe('محافظة صعدة');
  });

  it('reads «المملكة» alone as a place, and leaves the names it opens to the lexicon', () => {
    const list = entities('وتنتشر المكاتب في مدن المملكة كلها. وزار الوفد المملكة المتحدة. وأعلنت شركة المملكة القابضة أرباحها.');
    const places = list.filter((e) => e.type === 'location').flatMap((e) => e.mentions.map((m) => m.text));
    expect(places).toContain('المملكة');
    expect(places).toContain('المملكة المتحدة');
    expect(places.filter((p) => p.includes('القابضة'))).toEqual([]);
  });

  it('does not take «العالم», a ل-phrase or a definite plural of people after a facility head for a place', () => {
    const list = entities('وأصبحت الطاولة قاعدة للأقلام. واتفقوا على قاعدة المقرضين. وقال إن العالم يتغير، ووصلت الطائرات إلى قاعدة حميميم.');
    const places = list.filter((e) => e.type === 'location').flatMap((e) => e.mentions.map((m) => m.text));
    expect(places.filter((p) => /للأقلام|المقرضين|^العالم$/.test(p))).toEqual([]);
    expect(places.some((p) => p.includes('حميميم'))).toBe(true);
  });

  it('does not take a common word after a facility head for a name', () => {
    const text = 'ووصل الفريق إلى مطار كبير في المدينة.';
    expect(entities(text).filter((e) => e.type === 'location').map((e) => e.name)).not.toContain('مطار كبير');
  });

  it('leaves describing words after a place out of its name, and reads past a head listed with the start of a longer name', () => {
    const list = entities('وشنت القوات غارات على الضفة الغربية المحتلة وعلى القدس المحتلة. ووصل الوفد إلى الكويت العاصمة. ودعمت دول الخليج العربي الاتفاق.');
    const places = list.filter((e) => e.type === 'location').flatMap((e) => e.mentions.map((m) => m.text));
    expect(places).toContain('الضفة الغربية');
    expect(places).toContain('القدس');
    expect(places).toContain('الكويت');
    expect(places).toContain('الخليج العربي');
    for (const p of places) expect(p).not.toMatch(/المحتلة|العاصمة/);
  });

  it('names the part of a country by the country, but keeps the compass word of a continent\'s part or a country named so', () => {
    const list = entities('وقصفت الطائرات مواقع في شمال سوريا. وزار الوفد جنوب السودان ثم دول شمال أفريقيا.');
    const places = list.filter((e) => e.type === 'location').flatMap((e) => e.mentions.map((m) => m.text));
    expect(places).toContain('سوريا');
    expect(places).not.toContain('شمال سوريا');
    expect(places).toContain('جنوب السودان');
    expect(places).toContain('شمال أفريقيا');
  });

  it('reads a feminine place adjective without the article after an indefinite noun as an adjective, and the place after a preposition', () => {
    const list = entities('وقالت عائلة سعودية إن ابنها عاد. وقصفت فصائل سورية موالية للجيش مواقع قرب الحدود. وعاد اللاجئون إلى سورية أمس.');
    const places = list.filter((e) => e.type === 'location').flatMap((e) => e.mentions.map((m) => m.text));
    expect(places).not.toContain('سعودية');
    expect(places.filter((p) => p === 'سورية')).toHaveLength(1);
  });

  it('reads a country adjective agreeing with the noun before it as an adjective, not the country', () => {
    const text = 'وقالت الحكومة السعودية إن الأراضي السورية شهدت قتالا، وإن السعودية مستعدة للمساعدة.';
    const list = entities(text);
    const starts = list.filter((e) => e.type === 'location').flatMap((e) => e.mentions.map((m) => m.start));
    expect(starts).not.toContain(text.indexOf('السورية'));
    expect(starts).toContain(text.indexOf('السعودية مستعدة'));
  });
});

describe('clitics at the start of a name', () => {
  it('never reads the future particle س off a name («ساندرو» is no س + «اندرو»)', () => {
    const text = 'وسجل المهاجم ساندرو فاغنر هدفين في المباراة.';
    const list = entities(text);
    expectExact(text, list);
    expect(mentionTexts(list)).not.toContain('اندرو فاغنر');
  });
});

/** Constructions news uses often that the rules misread, each checked with a sentence of our own. */
describe('common constructions that are not names', () => {
  it('reads «باسم» after a spokesman as «in the name of», and «الأمين العام» as a title', () => {
    const text = 'وقالت المتحدثة باسم المفوضية الأوروبية، لينا حداد، إن مبعوث الأمين العام سيزور المنطقة. وقال متحدث باسم الشرطة إن التحقيق مستمر.';
    const people = entities(text).filter((e) => e.type === 'person').map((e) => e.name);
    expect(people).not.toContain('باسم');
    expect(people).not.toContain('الأمين');
  });

  it('reads a feast after «عيد» as no person («عيد الأضحى»), while «عيد» still is a given name before a surname', () => {
    const text = 'وتنخفض حركة الأسواق خلال عطلة عيد الأضحى كل عام. وقال عيد المطيري إن المحلات ستفتح بعد عيد الفطر.';
    expect(namesOfType(text, 'person')).toEqual(['عيد المطيري']);
  });

  it('reads «الأسد» alone as the Syrian president in an article about Syria, not in «حصة الأسد» or elsewhere; «صالح» among the Houthis', () => {
    expect(namesOfType('وتطالب المعارضة السورية بمرحلة انتقالية يغادر بعدها الأسد الحكم.', 'person')).toEqual(['الأسد']);
    expect(namesOfType('وحصلت الشركة السورية على حصة الأسد من العقود.', 'person')).toEqual([]);
    expect(namesOfType('وهرب الأسد من قفصه في حديقة الحيوان.', 'person')).toEqual([]);
    // Saleh in an article about the Houthis, not «لصالح» or «في صالح».
    expect(namesOfType('وواصلت ميليشيات الحوثي وصالح قصف المدن، وصوت المجلس لصالح القرار في صالح الجميع.', 'person')).toEqual(['صالح']);
    // Aoun in an article about Lebanon.
    expect(namesOfType('ووصف عون الأزمة بين لبنان وجيرانه بأنها عابرة.', 'person')).toEqual(['عون']);
  });

  it('reads «العيون» after a word of medicine as the eyes, after «مدينة» as the city', () => {
    expect(namesOfType('وافتتح المستشفى قسما جديدا لطب العيون، وأجرى أطباء العيون فيه ثلاث عمليات.', 'location')).toEqual([]);
    expect(namesOfType('ووصل الوفد إلى مدينة العيون في الصحراء.', 'location')).toEqual(['العيون']);
  });

  it('still reads «باسم» as a given name before a name part', () => {
    const text = 'والتقى الوزير الكاتب باسم يوسف في القاهرة.';
    expect(entities(text).filter((e) => e.type === 'person').map((e) => e.name).join(' ')).toContain('باسم يوسف');
  });
});

describe('a place and where it lies', () => {
  it('ends the name before a compass word and the larger place, which is named apart; one name stays one', () => {
    const list = entities('وقتل ثلاثة في مديرية الدريهمي جنوب الحديدة.');
    expect(mentionTexts(list, 'location')).toEqual(expect.arrayContaining(['مديرية الدريهمي', 'الحديدة']));
    expect(mentionTexts(entities('وقال حلف شمال الأطلسي إن التدريبات ستبدأ.'), 'organization')).toContain('حلف شمال الأطلسي');
  });
});

describe('a place named after its kind', () => {
  it('takes the kind the tagger left out into the name, and links the bare name to it', () => {
    const list = entities('ووصلت القوات إلى جزيرة سقطرى أمس. وقال مسؤول إن سقطرى آمنة.');
    const island = byName(list, 'جزيرة سقطرى');
    expect(island.type).toBe('location');
    expect(mentionTexts([island])).toContain('سقطرى');
  });
});

describe('«لل» as ل + the article', () => {
  it('restores the article the spelling drops, also before a word opening with ل, not before a construct', () => {
    const list = entities('وأكد للجنة الدولية للصليب الأحمر أن الوضع صعب.');
    expect(list.map((e) => e.name)).toContain('اللجنة الدولية للصليب الأحمر');
    const construct = entities('وقدم التقرير للجنة التكنولوجيا الرقمية في البرلمان.');
    expect(construct.map((e) => e.name)).not.toContain('اللجنة التكنولوجيا الرقمية');
  });

  it('reads «للحج» as for the pilgrimage, no place, while «لحج» is the province', () => {
    expect(entities('وسافر للحج هذا العام مع أسرته.').filter((e) => e.type === 'location')).toEqual([]);
    expect(entities('وشهدت محافظة لحج اشتباكات عنيفة.').some((e) => e.type === 'location')).toBe(true);
  });
});

describe('a name before a verb of two', () => {
  it('ends before the dual past («فشلتا»), which is no name of its own', () => {
    const names = mentionTexts(entities('وقال المتحدث إن الحكومة وحركة طالبان فشلتا في التوصل إلى اتفاق.'));
    for (const n of names) expect(n).not.toMatch(/فشلتا/);
  });
});

describe('rebuilding, not the developer', () => {
  it('reads «إعادة إعمار» as the rebuilding, while «أسهم إعمار» is the company', () => {
    expect(mentionTexts(entities('وقال الوزير إن إعادة إعمار العراق تحتاج إلى مليارات.'), 'organization')).toEqual([]);
    expect(mentionTexts(entities('وارتفعت أسهم إعمار في سوق دبي.'), 'organization')).toContain('إعمار');
  });
});

describe('a verb written like a foreign name', () => {
  it('reads «أودى» (took the lives) as no organization, while «أودي» is the car maker', () => {
    expect(mentionTexts(entities('وقع انفجار أودى بحياة عشرة أشخاص.'), 'organization')).toEqual([]);
    expect(mentionTexts(entities('وأطلقت شركة أودي سيارة جديدة.'), 'organization').some((n) => n.includes('أودي'))).toBe(true);
  });
});

describe('organizations in a list', () => {
  it('reads an unlisted rare word joined by و after an organization, where the list ends, as the next one', () => {
    const names = mentionTexts(entities('ويفضل المستخدمون منصات أخرى مثل انستغرام وبينترست وتامبلر.'), 'organization');
    expect(names).toEqual(expect.arrayContaining(['بينترست', 'تامبلر']));
    const behind = mentionTexts(entities('وقال الضابط إن الأمر صعب إذا لم يكن الموساد وراءك.'), 'organization');
    expect(behind).not.toContain('راءك');
  });
});

describe('where an organization name ends', () => {
  const orgs = (text: string) => entities(text).filter((e) => e.type === 'organization');

  it('leaves a describing clause and describing adjectives out of the name', () => {
    const text = 'ونقلت الصحيفة الموالية للحكومة الخبر. وقالت الحكومة الكينية الجديدة إنها ستراجع القرار.';
    const names = mentionTexts(orgs(text));
    for (const n of names) expect(n).not.toMatch(/الموالية|الجديدة/);
  });

  it('ends the name before a purpose clause, not before a ل-genitive naming what the body stands for', () => {
    const names = mentionTexts(orgs('وأطلق صندوق الطوارئ لتوفير المياه حملة جديدة. ودعا النادي الأهلي لتقديمه إلى اللجنة.'));
    expect(names).toContain('صندوق الطوارئ');
    for (const n of names) expect(n).not.toMatch(/لتوفير|لتقديمه/);
    expect(mentionTexts(orgs('وتعمل الجمعية الوطنية لحماية المستهلك على ذلك.'))).toContain('الجمعية الوطنية لحماية المستهلك');
  });

  it('runs an open organization name on into the city that completes it, a club in a match report, not a one-word noun or a region', () => {
    expect(mentionTexts(orgs('وقالت غرفة تجارة وصناعة دبي إن الصادرات ارتفعت.'))).toContain('غرفة تجارة وصناعة دبي');
    expect(mentionTexts(orgs('وفاز آينتراخت فرانكفورت على ضيفه بهدفين في المباراة ضمن الجولة من الدوري وسجل المهاجم الهدف.'))).toContain('آينتراخت فرانكفورت');
    const rebuilt = entities('وتحدث الوزير عن إعادة إعمار حلب بعد الحرب.');
    expect(rebuilt.some((e) => e.type === 'location' && e.name === 'حلب')).toBe(true);
    const region = entities('وأطلقت غوغل الشرق الأوسط خدمة جديدة.');
    expect(region.some((e) => e.type === 'location' && e.name === 'الشرق الأوسط')).toBe(true);
  });

  it('keeps a palace name that ends like an adjective in the name after its kind', () => {
    expect(mentionTexts(orgs('وقال قصر الإليزيه في بيان إن اللقاء كان مثمرا.'))).toContain('قصر الإليزيه');
  });

  it('leaves a branding adjective out of the name («الإرهابي»)', () => {
    const names = mentionTexts(orgs('وتبنى تنظيم القاعدة الإرهابي الهجوم على الثكنة.'));
    expect(names).toContain('تنظيم القاعدة');
    for (const n of names) expect(n).not.toMatch(/الإرهابي/);
  });

  it('leaves the nationality after a foreign company or club name out of it', () => {
    const text = 'أعلنت شركة سامسونغ الكورية العملاقة عن هاتف جديد. وفاز نادي يوفنتوس الإيطالي بالمباراة.';
    const names = mentionTexts(orgs(text));
    expect(names.some((n) => n.startsWith('شركة سامسونغ'))).toBe(true);
    for (const n of names) expect(n).not.toMatch(/الكورية|العملاقة|الإيطالي/);
  });

  it('names a club, group or company by its proper name without its kind, and leaves a lone club\'s nationality out', () => {
    const list = orgs('وتعاقد نادي برشلونة مع المدرب. وأعلنت جماعة بوكو حرام مسؤوليتها. وخسر فالنسيا الإسباني المباراة.');
    const names = list.map((e) => e.name);
    expect(names).toContain('برشلونة');
    expect(names).toContain('بوكو حرام');
    expect(mentionTexts(list)).toContain('جماعة بوكو حرام');
    for (const n of mentionTexts(list)) expect(n).not.toContain('الإسباني');
  });

  it('keeps a nationality that completes a definite name', () => {
    const text = 'وأصدرت منظمة العفو الدولية تقريرا. وقال الجيش اللبناني إن الوضع هادئ.';
    const names = mentionTexts(orgs(text));
    expect(names).toContain('منظمة العفو الدولية');
    expect(names).toContain('الجيش اللبناني');
  });

  it('does not take forces, a regime, a consulate or an administration described by a nationality or a leader for a name', () => {
    const text = 'وقصفت القوات الروسية مواقع قرب المدينة، وقال النظام الإيراني إن القنصلية الفرنسية أغلقت، وانتقدت إدارة ماكرون الإدارة الأمريكية. وأعلن الجيش الروسي أن العملية انتهت.';
    const names = mentionTexts(orgs(text));
    expect(names.filter((n) => /القوات|النظام|القنصلية|إدارة|الإدارة/.test(n))).toEqual([]);
    expect(names).toContain('الجيش الروسي');
  });

  it('does not take a minister\'s title or an indefinite head with a ل-phrase for an organization', () => {
    const text = 'والتقى وزير الخارجية الكندي نظيره في الرباط. وعقد مؤتمر للمستثمرين في المدينة، وأنشئت محكمة لخدمة التجار.';
    const names = mentionTexts(orgs(text));
    expect(names.filter((n) => /الخارجية|مؤتمر|محكمة/.test(n))).toEqual([]);
  });
});

describe('organizations named by a chain of genitives', () => {
  const orgNames = (text: string) => mentionTexts(entities(text).filter((e) => e.type === 'organization'));

  it('reads a committee named by its field and an adjective, not a jury or a committee described («لجنة الشؤون القضائية»)', () => {
    expect(orgNames('وقال عضو في لجنة الشؤون القضائية إن المشروع سيناقش الأسبوع المقبل.')).toEqual(['لجنة الشؤون القضائية']);
    expect(orgNames('وأحال المجلس الملف إلى لجنة التحكيم الخاصة. وشكر الوزير أعضاء اللجنة المحلية المنظمة.')).toEqual([]);
  });

  it('names a national Red Crescent or Red Cross society with its nationality («الهلال الأحمر الكردي»)', () => {
    expect(orgNames('وقال مسؤول في الهلال الأحمر الكردي إن القافلة وصلت. وأرسل الصليب الأحمر النرويجي فريقا طبيا.').sort()).toEqual(['الصليب الأحمر النرويجي', 'الهلال الأحمر الكردي']);
  });

  it('names an airline by «الخطوط الجوية» and its nationality, not the airlines of a continent', () => {
    expect(orgNames('وأعلنت الخطوط الجوية الكويتية عن خطة جديدة للعام المقبل.')).toEqual(['الخطوط الجوية الكويتية']);
    expect(orgNames('وتلزم القواعد الخطوط الجوية الأوروبية بتعويض المسافرين.')).toEqual([]);
  });

  it('names agencies no list held by their Arabic names («إدارة الغذاء والدواء», «وكالة الطاقة الدولية»)', () => {
    const names = orgNames('ووافقت إدارة الغذاء والدواء على الدواء الجديد. وتوقعت وكالة الطاقة الدولية ارتفاع الطلب.');
    expect(names).toContain('إدارة الغذاء والدواء');
    expect(names).toContain('وكالة الطاقة الدولية');
  });

  it('reads an indefinite head with indefinite nouns that a definite noun or a listed place completes', () => {
    const names = orgNames('وقالت هيئة كهرباء ومياه عمان إن الانقطاع انتهى. وأصدرت وكالة حماية البيئة تقريرها أمس.');
    expect(names).toContain('هيئة كهرباء ومياه عمان');
    expect(names).toContain('وكالة حماية البيئة');
  });

  it('does not chain across a conjunction, a future verb, an indefinite adjective or a title', () => {
    const names = orgNames('وأعلنت بعثة أوروبية ستزور المدينة. وقالت جماعة ودعوا الناس إلى الهدوء. وأكد مكتب رئيس الوزراء الخبر.');
    expect(names.filter((n) => /ستزور|ودعوا|رئيس/.test(n))).toEqual([]);
  });

  it('reads the group called after a person as an organization', () => {
    const list = entities('واتهمت أنقرة القس بدعم جماعة غولن المحظورة.');
    const group = list.find((e) => e.mentions.some((m) => m.text === 'جماعة غولن'));
    expect(group?.type).toBe('organization');
    expect(list.filter((e) => e.type === 'person')).toEqual([]);
  });

  it('takes an everyday head with a nationality for a name', () => {
    expect(orgNames('وجاء ذلك في بيان صادر عن الرئاسة التونسية أمس.')).toContain('الرئاسة التونسية');
  });

  it('does not take a company described by its trade for a name', () => {
    const names = orgNames('وقالت شركة الطيران إن الرحلات ألغيت. وقالت شركة أرامكو السعودية إن الإنتاج ارتفع.');
    expect(names.filter((n) => n.includes('الطيران'))).toEqual([]);
    expect(names.some((n) => n.includes('أرامكو'))).toBe(true);
  });

  it('does not take an everyday head with everyday nouns for a name', () => {
    const names = orgNames('وتضررت شبكة مياه الشرب في الحي بعد العاصفة.');
    expect(names.filter((n) => n.includes('شبكة'))).toEqual([]);
  });

  it('does not lengthen a listed organization with a ل-genitive of purpose', () => {
    const names = orgNames('ودعت روسيا مجلس الأمن للاجتماع فورا لبحث الأزمة.');
    expect(names).toContain('مجلس الأمن');
    expect(names.filter((n) => n.includes('للاجتماع'))).toEqual([]);
  });

  it('does not take the organizing of an event for a group, but keeps a listed group after «تنظيم»', () => {
    const names = orgNames('ونجحت المدينة في تنظيم البطولة، وتستعد لتنظيم المهرجان. وأعلن تنظيم القاعدة مسؤوليته.');
    expect(names.filter((n) => /البطولة|المهرجان/.test(n))).toEqual([]);
    expect(names.some((n) => n.includes('القاعدة'))).toBe(true);
  });

  it('does not take the movement or traffic of something for a movement\'s name', () => {
    const names = orgNames('وتوقفت حركة الملاحة الجوية فوق الخليج، وتراجعت الحركة التجارية وحركة النقل البري. وقالت حركة النهضة إن حركة الشباب لا تمثلها.');
    expect(names.filter((n) => /الملاحة|التجارية|النقل/.test(n))).toEqual([]);
    expect(names).toContain('حركة النهضة');
    expect(names).toContain('حركة الشباب');
  });
});

describe('hashtags', () => {
  it('reads a name written as a hashtag with «_» between its words, and ends it with the hashtag', () => {
    const text = 'وانتقد الوزير تدخل #حزب_الله العسكري في سوريا، ودعا #الاتحاد_الأوروبي إلى التحرك.';
    const list = entities(text);
    expectExact(text, list);
    const mentions = list.flatMap((e) => e.mentions.map((m) => m.text));
    expect(mentions).toContain('حزب_الله');
    expect(mentions).toContain('الاتحاد_الأوروبي');
    expect(mentions.filter((m) => m.includes('العسكري'))).toEqual([]);
  });
});

describe('bodies and facilities named after a king', () => {
  it('keeps the royal title and name inside the name, and the king stays a person elsewhere', () => {
    const text = 'ونقل المصاب إلى مستشفى الملك خالد التخصصي. وهبطت الطائرة في مطار الملك عبدالعزيز الدولي. وقال الملك سلمان إن البلاد بخير.';
    const list = entities(text);
    const mentions = (t: Entity['type']) => list.filter((e) => e.type === t).flatMap((e) => e.mentions.map((m) => m.text));
    expect(mentions('organization').some((m) => m.startsWith('مستشفى الملك خالد'))).toBe(true);
    expect(mentions('location').some((m) => m.startsWith('مطار الملك عبدالعزيز'))).toBe(true);
    expect(mentions('person')).toEqual(['سلمان']);
  });
});

describe('news sites', () => {
  it('reads «X.نت» as one site in one sentence, with or without a clitic', () => {
    const text = 'وقال المدير في حديث مع "العربية.نت" إن المشروع بدأ. وأكد للعربية.نت أن الخطة جاهزة.';
    const doc = createDoc(text);
    findEntities(doc);
    expect(doc.sentences).toHaveLength(2);
    const site = doc.entities.find((e) => e.name === 'العربية.نت');
    expect(site?.type).toBe('organization');
    expect(site?.mentions).toHaveLength(2);
  });
});

describe('robustness', () => {
  it('reads a would-be byline whose dash ends the text without throwing', () => {
    for (const text of [' ثلاثة ا-', 'سالم علي -', 'سالم علي - ']) expect(() => entities(text)).not.toThrow();
  });
});

describe('an organization cut inside a genitive', () => {
  it('takes in the definite noun that completes an indefinite noun after the head, not an adjective or a time word', () => {
    const text = 'وقالت وحدة مكافحة المخدرات إنها ضبطت الشحنة. وأعلنت شركة سامسونغ الكورية الخميس نتائجها.';
    const names = mentionTexts(entities(text).filter((e) => e.type === 'organization'));
    expect(names.some((n) => n.endsWith('مكافحة'))).toBe(false);
    for (const n of names) expect(n).not.toMatch(/الخميس|الكورية/);
  });
});

describe('general directorates and administrations', () => {
  it('names a definite directorate or administration completed by «العامة» and a ل-genitive, and ends it before the next noun', () => {
    const text = 'وأعلنت المديرية العامة للسجون الإجراءات الجديدة. وقالت الإدارة العامة للمرور إن الطريق مغلق. ويقع مقر المديرية في وسط المدينة.';
    const names = mentionTexts(entities(text).filter((e) => e.type === 'organization'));
    expect(names).toContain('المديرية العامة للسجون');
    expect(names).toContain('الإدارة العامة للمرور');
    expect(names.filter((n) => n.includes('الإجراءات'))).toEqual([]);
  });
});

describe('news agencies', () => {
  it('names an agency with its kind and its country, not the country alone', () => {
    const list = entities('وأفادت وكالة الأنباء الأردنية بأن الحريق أخمد. ونقلت وكالة أنباء الإمارات عن الوزير قوله.');
    const names = mentionTexts(list.filter((e) => e.type === 'organization'));
    expect(names).toContain('وكالة الأنباء الأردنية');
    expect(names).toContain('وكالة أنباء الإمارات');
    expect(list.filter((e) => e.type === 'location').map((e) => e.name)).toEqual([]);
    expect(list.map((e) => e.name)).toContain('وكالة الأنباء الأردنية');
  });

  it('highlights an agency with its kind and names it without, unless the name is descriptive', () => {
    const list = entities('وقال الوزير لوكالة رويترز إن المحادثات مستمرة.');
    const reuters = list.find((e) => e.mentions.some((m) => m.text === 'وكالة رويترز'));
    expect(reuters?.name).toBe('رويترز');
  });
});

describe('short forms', () => {
  it('joins an organization and the short form written after it in brackets or quotes, not a dateline\'s agency to its place', () => {
    const list = entities('وقالت منظمة التعاون الاقتصادي (أوكسفام) إن الأسعار سترتفع. وذكرت وكالة الأنباء الكويتية الرسمية «كونا» أن الأمير وصل.');
    const withShort = (s: string) => list.find((e) => e.mentions.some((m) => m.text === s));
    expect(withShort('منظمة التعاون الاقتصادي')).toBe(withShort('أوكسفام'));
    expect(withShort('كونا')?.type).toBe('organization');
    expect(withShort('وكالة الأنباء الكويتية')).toBe(withShort('كونا'));
    const dateline = entities('القاهرة، مصر (رويترز)-- قال الوزير إن الاتفاق وشيك.');
    expect(dateline.find((e) => e.name === 'رويترز')?.type).toBe('organization');
  });
});

describe('names inside a command or a time phrase', () => {
  it('reads the named body after «قيادة», keeps a compass word inside a name, and leaves a time genitive out', () => {
    const list = entities('وانتشرت القوات بقيادة الناتو في المنطقة. وقال حلف شمال الأطلسي إن المهمة انتهت. ووافق الاتحاد الأوروبي للفترة المقبلة على الخطة.');
    const orgs = list.filter((e) => e.type === 'organization').flatMap((e) => e.mentions.map((m) => m.text));
    expect(orgs).toContain('الناتو');
    expect(orgs).toContain('حلف شمال الأطلسي');
    expect(orgs).toContain('الاتحاد الأوروبي');
    for (const o of orgs) expect(o).not.toMatch(/قيادة|للفترة/);
  });
});

describe('partial names of organizations', () => {
  it('does not search for «الله» after «حزب الله» nor «الأمن» after «مجلس الأمن»', () => {
    const text = 'وقال حزب الله إنه سيرد. ودعا مجلس الأمن إلى التهدئة. وقال الوزير إن الأمن مستتب والحمد لله، ونسأل الله السلامة.';
    const list = entities(text);
    for (const e of list) for (const m of e.mentions) expect(['الله', 'الأمن']).not.toContain(m.text);
  });
});

describe('what the document stage does not spread', () => {
  it('does not search for an everyday noun that opens a name, a regnal number or an everyday surname alone', () => {
    const text = 'أعلنت القوة الجوية الملكية عن مناورة. وقال إن القوة وحدها لا تكفي. واستقبل الملك عبد الله الثاني الوفد، وحل الفريق في المركز الثاني.';
    const list = entities(text);
    expectExact(text, list);
    const texts = mentionTexts(list);
    expect(texts.filter((t) => t === 'القوة' || t === 'الثاني')).toEqual([]);
  });
});

describe('clubs named by their city', () => {
  const report = 'وسجل اللاعب هدفين في الدقيقة الأخيرة من المباراة، ورفع الفريق رصيده إلى 40 نقطة في الدوري.';

  it('reads a city a match report takes as a team as the club', () => {
    const text = `فاز روما على بولونيا 2-1 مساء السبت. ${report} وقال مدافع نابولي إن الفريق سيعود.`;
    const list = entities(text);
    for (const name of ['روما', 'بولونيا', 'نابولي']) expect(byName(list, name).type).toBe('organization');
  });

  it('reads a club named by an everyday word where the report takes it as a team', () => {
    const text = `وخسر التعاون أمام الشباب 1-2، وأهدر مهاجم الاتفاق ركلة جزاء. ${report}`;
    const list = entities(text);
    for (const name of ['التعاون', 'الشباب', 'الاتفاق']) expect(byName(list, name).type).toBe('organization');
    expect(entities('وأكد الوزير أهمية التعاون بين البلدين في مجال الشباب والرياضة.').map((e) => e.name)).not.toContain('التعاون');
  });

  it('reads a place no list holds as the club where the report takes it as a team («يتفوق … على ماينتس»)', () => {
    const text = `وبات فولفسبورغ يتفوق بفارق الأهداف على ماينتس. ${report}`;
    expect(byName(entities(text), 'ماينتس').type).toBe('organization');
  });

  it('reads «بروسيا» before the city of a club as the club\'s first word, not ب + روسيا', () => {
    const text = `وتعادل شالكه مع بروسيا دورتموند في المباراة. ${report}`;
    const list = entities(text);
    expect(byName(list, 'بروسيا دورتموند').type).toBe('organization');
    expect(list.map((e) => e.name)).not.toContain('روسيا');
  });

  it('keeps a country standing for its national team a place', () => {
    const text = `خسر المنتخب أمام البرازيل 1-2 في المباراة الودية. ${report}`;
    expect(byName(entities(text), 'البرازيل').type).toBe('location');
  });

  it('keeps a city a place outside a match report', () => {
    const text = 'وصل وفد الحكومة إلى روما أمس، وبحث مع المسؤولين هناك التعاون الاقتصادي، ثم غادر إلى باريس.';
    expect(byName(entities(text), 'روما').type).toBe('location');
  });
});

describe('a kind of outlet or company with only a nationality or an adjective', () => {
  const orgNames = (text: string) => {
    const doc = createDoc(text);
    findEntities(doc);
    findQuotes(doc);
    attributedOrganizations(doc);
    return doc.entities.filter((e) => e.type === 'organization').map((e) => e.name);
  };

  it('describes an outlet or a company and names none', () => {
    expect(orgNames('ونقلت صحيفة نمساوية عن مصادر أن المفاوضات تعثرت.')).toEqual([]);
    expect(orgNames('وأعلنت الشركة الكندية الناشئة أنها ستفتتح فرعا في دبي.')).toEqual([]);
    expect(orgNames('وعرضت القناة الرسمية صورا للحريق.')).toEqual([]);
  });

  it('leaves the names of outlets and a country’s television alone', () => {
    expect(orgNames('وقالت صحيفة الاقتصادية إن أسعار الأسهم ارتفعت.')).toContain('الاقتصادية');
    expect(orgNames('وقال التلفزيون الإيراني إن الرئيس وصل إلى موسكو.')).toContain('التلفزيون الإيراني');
    // (A definite word after an indefinite kind is a genitive, the outlet's name.)
    expect(orgNames('وقالت قناة العربية إن الاجتماع انتهى دون اتفاق.').length).toBe(1);
  });
});

describe('acronyms written as their letters joined by dots', () => {
  it('reads the run of letters whole as an organization, ending a name read into it', () => {
    const list = entities('وقالت شبكة إن.بي.سي إن المفاوضات تعثرت، وذكر مكتب التحقيقات الاتحادي إف.بي.آي أن المشتبه اعتقل.');
    expect(byName(list, 'إن.بي.سي').type).toBe('organization');
    expect(byName(list, 'إف.بي.آي').type).toBe('organization');
    expect(byName(list, 'مكتب التحقيقات الاتحادي').type).toBe('organization');
  });

  it('takes a word as the last piece and the letters in quotes', () => {
    const list = entities('ويتولى بنكا "إتش.إس.بي.سي" و"جيه.بي.مورغان" ترتيب الإصدار.');
    expect(list.map((e) => e.name)).toEqual(expect.arrayContaining(['إتش.إس.بي.سي', 'جيه.بي.مورغان']));
  });

  it('leaves a single letter with a dot alone', () => {
    expect(entities('وقال د.سامي إن الحالة مستقرة.').filter((e) => e.type === 'organization')).toEqual([]);
  });
});

describe('a body named after its board', () => {
  it('reads the body after «مجلس إدارة» without the board’s «إدارة»', () => {
    const list = entities('وقال رئيس مجلس إدارة موانئ دبي العالمية إن الأرباح ارتفعت هذا العام.');
    const names = list.filter((e) => e.type === 'organization').map((e) => e.name);
    expect(names).toContain('موانئ دبي العالمية');
    expect(names.some((n) => n.startsWith('إدارة'))).toBe(false);
  });
});

describe('a generic head with a genitive chain and a nationality', () => {
  it('reads the office named by a chain of nouns its nationality completes', () => {
    const names = entities('وقال مكتب إحصاءات التجارة الكندي إن الصادرات تراجعت.').map((e) => e.name);
    expect(names).toContain('مكتب إحصاءات التجارة الكندي');
  });

  it('does not read an office or a team of something so', () => {
    const list = entities('وقالت إدارة ملف الهجرة الأمريكية إن الطلبات زادت، ولعب منتخب بلاده البرازيل مباراة ودية.');
    expect(list.map((e) => e.name).some((n) => n.startsWith('إدارة ملف') || n.startsWith('منتخب بلاده'))).toBe(false);
  });
});

describe('a body described, then named', () => {
  it('reads the description and the listed name after it as two names', () => {
    const names = entities('وقالت وزارة الدفاع الأمريكية البنتاغون إن الجنود عادوا إلى قواعدهم.').map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(['وزارة الدفاع الأمريكية', 'البنتاغون']));
  });

  it('keeps a company’s description out and a genitive whole', () => {
    const names = entities('وأعلنت شركة البرمجيات العملاقة مايكروسوفت أرباحها، ونقلت وكالة أنباء رويترز الخبر.').map((e) => e.name);
    expect(names).toContain('مايكروسوفت');
    expect(names.some((n) => n.startsWith('شركة البرمجيات'))).toBe(false);
    expect(names).not.toContain('وكالة أنباء');
  });
});

describe('the outlet an interview was given to', () => {
  it('reads the quoted outlet after «مع» and a word of an interview', () => {
    const list = entities('وقال الوزير في مقابلة خاصة مع "الشرق" إن الميزانية ستعلن قريبا.');
    expect(byName(list, 'الشرق').type).toBe('organization');
  });

  it('leaves a quoted word after «مع» without such a word to the other stages', () => {
    expect(entities('وقال إنه يعمل مع "الشباب" كل يوم.').map((e) => e.name)).not.toContain('الشباب');
  });
});

describe('the body of an administrative area', () => {
  it('reads the head, the area’s word and the place as one name', () => {
    const names = entities('وقال المتحدث باسم شرطة منطقة تبوك إن التحقيق مستمر، وأعلنت بلدية مدينة باريس إغلاق الحديقة.').map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(['شرطة منطقة تبوك', 'بلدية مدينة باريس']));
  });

  it('leaves the centre of a town a place', () => {
    const list = entities('وتجمع المحتجون في مركز مدينة البصرة أمس.');
    expect(byName(list, 'البصرة').type).toBe('location');
  });
});

describe('a local office and the place it serves', () => {
  it('reads the office without the place written after it with «ب»', () => {
    const names = entities('وأعلنت إدارة المرور بمحافظة الطائف إغلاق الطريق، وقالت إدارة الصحة بالمنطقة إن المستشفى جاهز.').map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(['إدارة المرور', 'إدارة الصحة']));
  });

  it('leaves an everyday noun with a place alone', () => {
    expect(entities('وتراجعت حركة الاقتصاد بدبي خلال الشهر الماضي.').filter((e) => e.type === 'organization')).toEqual([]);
  });
});

describe('a body named after an imam', () => {
  it('takes the imam’s title and name like a king’s', () => {
    const names = entities('وأعلنت جامعة الإمام محمد بن سعود الإسلامية قبول الطلاب الجدد.').map((e) => e.name);
    expect(names).toContain('جامعة الإمام محمد بن سعود الإسلامية');
  });
});

describe('an organization named in quotation marks after its kind', () => {
  it('reads what the marks hold as the name', () => {
    const names = entities('وفاز حزب "الأمل الجديد" بعشرة مقاعد، وباعت الشركة حصتها إلى مجموعة "نور ستار" الاستثمارية، وقال باحث في مركز "آفاق" إن النتائج متوقعة.').map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(['الأمل الجديد', 'نور ستار', 'آفاق']));
  });

  it('names a coalition described by everyday words with its kind', () => {
    const list = entities('وقال تحالف "دعم الاستقرار" إن قواته تقدمت، وحصل ائتلاف "الوطنية" على عشرين مقعدا.');
    expect(list.map((e) => e.name)).toEqual(expect.arrayContaining(['تحالف "دعم الاستقرار"', 'الوطنية']));
  });

  it('leaves an adjective, an everyday word or a clause in quotes alone', () => {
    const text = 'وصنفت الحكومة الجماعة منظمة "إرهابية"، وقال إنه ضمن فريق "مقاومة" داخلي، وأسس جمعية "من أجل الجميع".';
    expect(entities(text).filter((e) => e.type === 'organization')).toEqual([]);
  });
});

describe('an organization named in Latin letters after its kind', () => {
  it('reads the run of Latin words as the name', () => {
    const names = entities('وقالت شركة Northwind Traders إن أرباحها زادت، بحسب موقع Example.org.').map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(['Northwind Traders']));
    expect(names.some((n) => n.startsWith('Example'))).toBe(true);
  });
});

describe('words that only look like names once normalized', () => {
  it('takes no word written with a final «ئ» for a name (هادئ is not the name هادي)', () => {
    const persons = (t: string) => namesOfType(t, 'person');
    expect(persons('وقال سمير الخطيب إن الوضع هادئ في القرية.')).toEqual(['سمير الخطيب']);
    expect(persons('ويقول كريم لاجئ شاب من الموصل إنه يريد العودة.')).toEqual(['كريم']);
  });
});

describe('a post taken after a name', () => {
  it('ends the name before «منصب» and before a role noun in the accusative', () => {
    const persons = (t: string) => namesOfType(t, 'person');
    expect(persons('وشغل نادر العمري منصب نائب المدير لسنوات.')).toEqual(['نادر العمري']);
    expect(persons('واختار المجلس هالة منصور رئيسا للجنة الجديدة.')).toEqual(['هالة منصور']);
  });
});

describe('a place named after another place written with «ب»', () => {
  it('ends the first place before the second, which is a name of its own', () => {
    const names = entities('ونزل الوفد في فندق النخيل بلندن، ثم توجه الفريق إلى معسكر بتونس.').filter((e) => e.type === 'location').map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(["لندن", "تونس"]));
    expect(names.some((n) => n.includes("بلندن") || n.includes('بتونس'))).toBe(false);
  });
});

describe('a name word spelled like a particle once normalized', () => {
  it('keeps «آن» and «آنا» written with madda in a name, not «آن الأوان»', () => {
    const persons = (t: string) => namesOfType(t, 'person');
    expect(persons('وقالت آنا كوفمان العضو في اللجنة إن القرار نهائي.')).toEqual(['آنا كوفمان']);
    expect(persons('وقال إنه آن الأوان لإجراء الانتخابات في موعدها.')).toEqual([]);
  });
});

describe('an everyday word after the noun it qualifies or completes', () => {
  it('is no person («الحزب الحاكم», «ولي الأمر»), a family name after a verb still is', () => {
    const persons = (t: string) => namesOfType(t, 'person');
    expect(persons('وتوقع رئيس الحزب الحاكم فوزا سهلا في الانتخابات.')).toEqual([]);
    expect(persons('ولا تسافر الطالبة دون إذن ولي الأمر.')).toEqual([]);
    expect(persons('وقال الحريري إن الحكومة ستجتمع غدا.')).toEqual(['الحريري']);
  });
});

describe('a canal named with «قناة»', () => {
  it('is a place, not a television channel, and the body named after it stays an organization', () => {
    const list = entities('ومرت ناقلة النفط عبر قناة السويس فجرا، وقال مسؤول في هيئة قناة السويس إن الحركة طبيعية.');
    expect(byName(list, 'قناة السويس').type).toBe('location');
    expect(byName(list, 'هيئة قناة السويس').type).toBe('organization');
  });
});

describe('a rare place name opening with ت or ي after its head', () => {
  it('is a name, while a verb after the head is none', () => {
    const places = (t: string) => namesOfType(t, 'location');
    expect(places('وتمركز المسلحون في وادي تيمراز شمالا.')).toContain('وادي تيمراز');
    expect(places('ويعيش الرعاة في واد يمتد شرقا.')).toEqual([]);
  });
});

describe('a contest or prize called after a person', () => {
  it('names no person, while the star of a drama («من بطولة فلان») still is one', () => {
    const persons = (t: string) => namesOfType(t, 'person');
    expect(persons('وتوج العداء بجائزة فريد الأطرش لأفضل رياضي، وخسر فريقه نهائي كأس حمد بن سالم.')).toEqual([]);
    expect(persons('والمسلسل من بطولة سامر الحلبي ونادين قاسم.')).toEqual(expect.arrayContaining(['سامر الحلبي']));
  });
});

describe('places joined by «و»', () => {
  it('leave the conjunction out of the next place of the list', () => {
    const places = (t: string) => namesOfType(t, 'location');
    expect(places('ويربط الطريق محافظات عمران وحجة وصعدة شمالا.')).toEqual(['عمران', 'حجة', 'صعدة']);
    expect(places('وتقدمت القوات نحو بلدات بنش، وكفريا وسرمين.')).toEqual(['بنش', 'كفريا', 'سرمين']);
  });
});

describe('a title behind a proclitic after a name', () => {
  it('ends the person before it, and a given name after it opens the next person', () => {
    const persons = (t: string) => namesOfType(t, 'person');
    expect(persons('والتقى الوزير أحمد سالم بالسفير خالد مراد.')).toEqual(['أحمد سالم', 'خالد مراد']);
    expect(persons('وأرسل الشاعر سليم حداد للوزير رسالة مفتوحة.')).toEqual(['سليم حداد']);
    // (A surname that reads as a clitic and a title is still the surname.)
    expect(persons('وسجل المهاجم محمد فوزير هدف الفوز.')).toEqual(['محمد فوزير']);
  });
});

describe('a preposition written apart with a tatweel', () => {
  it('is no word of the name before it, nor of the outlet after it', () => {
    const text = 'وأكد نقيب المحامين الدكتور ماهر عزت لـ"العربية.نت" أن القرار نهائي. وقال رامي لـ "سكاي نيوز عربية" إن الوضع صعب.';
    const list = entities(text);
    expectExact(text, list);
    expect(list.filter((e) => e.type === 'person').map((e) => e.mentions[0].text)).toEqual(['ماهر عزت', 'رامي']);
  });
});

describe('the person a title introduces', () => {
  it('reads «علي» spelt with «ي» right after a title as the name, with a rare surname after it', () => {
    const persons = (t: string) => namesOfType(t, 'person');
    expect(persons('وقدم الطبيب علي قرنفلي محاضرة عن الجراحة.')).toEqual(['علي قرنفلي']);
    expect(persons('وتصدى الحارس علي الزهراني للكرة ببراعة.')).toEqual(['علي الزهراني']);
    // (Not the preposition after a feminine word: «المحافظة علي» is keeping something.)
    expect(persons('ودعا إلى المحافظة علي حقوق العمال.')).toEqual([]);
  });
});

describe('a person the tagger opens one name part late', () => {
  it('runs from the given name a rule reads to the surname the tagger reads', () => {
    const persons = (t: string) => namesOfType(t, 'person');
    expect(persons('وأصيب العريف علي سامر قطيشات في الاشتباك.')).toEqual(['علي سامر قطيشات']);
    expect(persons('وقال وزير الخارجية الفلبيني آلان بيتر جوزيفاتو إن الأزمة انتهت.')).toEqual(['آلان بيتر جوزيفاتو']);
  });
});

describe('a weak head with one everyday word', () => {
  it('describes: no organization', () => {
    const orgs = (t: string) => namesOfType(t, 'organization');
    expect(orgs('ويحتاج المستخدم إلى موافقة شركة البرامج قبل التثبيت.')).toEqual([]);
    expect(orgs('وتزداد حركة المسلحين ليلا قرب الحدود.')).toEqual([]);
  });
});

describe('a role noun a rule reads on as a given name', () => {
  it('is cut off the person when a genitive follows it', () => {
    const persons = (t: string) => namesOfType(t, 'person');
    expect(persons('وتألق يوسف موسى نجم المنتخب في المباراة.')).toEqual(['يوسف موسى']);
    expect(persons('وسجل سامي عبدالله نجم الفريق الأول هدفين.')).toEqual(['سامي عبدالله']);
  });
});

describe('a contest called after a place', () => {
  it('does not tag the place inside it, while the same place named elsewhere is one', () => {
    const places = (t: string) => namesOfType(t, 'location');
    expect(places('وتأهل الفريق إلى ربع نهائي دوري أبطال أفريقيا بعد فوزه الكبير.')).toEqual([]);
    expect(places('ويستعد المنتخب لخوض كأس أمم آسيا الشهر المقبل.')).toEqual([]);
    expect(places('وسافر الوفد إلى آسيا الأسبوع الماضي.')).toEqual(['آسيا']);
  });
});

describe('a clitic read off a listed name', () => {
  it('leaves the name whole rather than a commoner word after a longer clitic («وبكين» is و + «بكين»)', () => {
    const names = (t: string) => entities(t).map((e) => e.name);
    expect(names('وتبادل المسؤولون الرسائل بين موسكو وبكين خلال الأسبوع.')).toContain('بكين');
    expect(names('وانتقل اللاعب إلى فريق جديد، ولوكاس فاسكيز باق في مدريد.')).toContain('لوكاس فاسكيز');
    expect(names('وتضررت مدن عدة في ولاية أوريغون وكاليفورنيا من الحرائق.')).toContain('كاليفورنيا');
  });
});

describe('a currency after an amount', () => {
  it('names no organization, while the club of the same word still is one', () => {
    // (The numbers stage reads the amounts first, as analyze() runs it.)
    const orgs = (t: string) => analyze(t).entities.filter((e) => e.type === 'organization').map((e) => e.name);
    expect(orgs('وبلغت أرباح المصرف 4.5 مليار ريال في العام الماضي، وغرم الاتحاد اللاعب (5,000) ريال.')).toEqual([]);
    expect(orgs('وفاز ريال مدريد على ضيفه.')).toEqual(['ريال مدريد']);
  });
});

describe('an organization named by a head and an everyday word', () => {
  it('is not searched for by the everyday word alone', () => {
    const text = 'ونشرت الحكومة عناصر من حرس الحدود في الجنوب. وعبر المهاجرون الحدود ليلا دون أن يراهم أحد.';
    const mentions = entities(text).filter((e) => e.type === 'organization').flatMap((e) => e.mentions.map((m) => m.text));
    expect(mentions).toEqual(['حرس الحدود']);
  });
});

describe('an organization a rule reads, cut down to its head', () => {
  it('is no name: «الحكومة | الجديدة» is whichever new government', () => {
    const orgs = (t: string) => namesOfType(t, 'organization');
    expect(orgs('وتعهد الوزير بالعمل مع الحكومة الجديدة في البلاد على خفض الضرائب.')).toEqual([]);
  });
});

describe('a facility named after a person', () => {
  it('is the place, the person inside it no entity', () => {
    const list = (t: string) => entities(t).map((e) => `${e.type}:${e.name}`);
    expect(list('وهبطت الطائرة في مطار بلاك بوش قرب العاصمة.')).toEqual(['location:مطار بلاك بوش']);
    expect(list('وأقيمت المباراة على ملعب آرثر آش المغطى.')).toEqual(['location:ملعب آرثر آش']);
  });
});

describe('«على» written with «ى» alone', () => {
  it('is the preposition, no person', () => {
    const persons = (t: string) => namesOfType(t, 'person');
    expect(persons('وأشاد المدرب بنجوم الفريق وعلى رأسهم القائد.')).toEqual([]);
  });
});

describe('«و» + a pronoun after a person', () => {
  it('opens a clause about the person, no part of the name', () => {
    const persons = (t: string) => namesOfType(t, 'person');
    expect(persons('وقال جان بيار لوران وهو رئيس وزراء سابق إن الأزمة عميقة.')).toEqual(['جان بيار لوران']);
    expect(persons('وانتقد مارك دوبوا وهو نائب في البرلمان القرار الجديد.')).toEqual(['مارك دوبوا']);
  });
});

describe('«النيل من …»', () => {
  it('is harming someone, not the river', () => {
    const places = (t: string) => namesOfType(t, 'location');
    expect(places('واتهم الوزير جهات معادية بالسعي للنيل من أمن البلاد، وقال إن الهدف هو النيل من سمعته.')).toEqual([]);
    expect(places('ويجري نهر النيل من الجنوب إلى الشمال.')).toEqual(['نهر النيل']);
  });
});

describe('a camp', () => {
  it('is named with its head, not with what is said of it', () => {
    const list = (t: string) => entities(t).map((e) => `${e.type}:${e.name}`);
    expect(list('وقال سكان في مخيم الزعتري إن المياه انقطعت منذ يومين.')).toEqual(['location:مخيم الزعتري']);
    expect(list('وهاجم المسلحون مخيم الركبان المؤقت قبل أسبوع.')).toEqual(['location:مخيم الركبان']);
  });
});

describe('a ل-phrase after a head, its noun and a nationality', () => {
  it('is what the body does, not its name', () => {
    const orgs = (t: string) => namesOfType(t, 'organization');
    expect(orgs('وقالت وزارة الزراعة المصرية لمتابعة المحاصيل إنها خفضت الرسوم.')).toEqual(['وزارة الزراعة المصرية']);
    expect(orgs('وسعت وزارة النقل الأردنية لمواصلة العمل في الطريق.')).toEqual(['وزارة النقل الأردنية']);
    expect(orgs('وتقدمت الجمعية الخيرية السعودية لرعاية الأيتام بطلب جديد.')).toEqual(['الجمعية الخيرية السعودية لرعاية الأيتام']);
  });
});

describe('a definite plural or a place after the nationality closing an organization', () => {
  it('is the object of the verb, not part of the name', () => {
    const orgs = (t: string) => namesOfType(t, 'organization');
    expect(orgs('ودعت وزارة الزراعة المصرية المزارعين للالتزام بالمواعيد.')).toEqual(['وزارة الزراعة المصرية']);
    expect(orgs('وقالت القوات اليمنية المشتركة إنها تقدمت نحو المدينة.')).toEqual(['القوات اليمنية المشتركة']);
  });
});

describe('a facility or landform name', () => {
  it('ends before a ب + everyday word and before «و»', () => {
    const places = (t: string) => namesOfType(t, 'location');
    expect(places('ووصل الصيادون إلى ميناء الحمراء بقارب صغير.')).toEqual(['ميناء الحمراء']);
    expect(places('وتقدمت الوحدات في جبل الصمود والسهول المحيطة به.')).toEqual(['جبل الصمود']);
    expect(places('وعبرت الشاحنات معبر باب السلامة أمس.')).toEqual(['معبر باب السلامة']);
  });
});

describe('«وأدى» (and it led to)', () => {
  it('is the verb, not the valley «وادي»', () => {
    const places = (t: string) => namesOfType(t, 'location');
    expect(places('وأدى الإضراب الطويل إلى توقف المصانع.')).toEqual([]);
    expect(places('وجرفت السيول الطرق في وادي حنيفة.')).toEqual(['وادي حنيفة']);
  });
});

describe('a relative pronoun or «known as» word', () => {
  it('ends a name', () => {
    const list = (t: string) => entities(t).map((e) => `${e.type}:${e.name}`);
    expect(list('وأكد صالح الجبوري المكنى أبو ياسر أن المعركة انتهت.')).toEqual(['person:صالح الجبوري', 'person:أبو ياسر']);
  });
});

describe('a facility head and an indefinite adjective', () => {
  it('describe, they name no place', () => {
    const places = (t: string) => namesOfType(t, 'location');
    expect(places('وبنت الشركة جزيرة صناعية قبالة الساحل.')).toEqual([]);
    expect(places('وافتتح الوزير مطار إقليمي في الجنوب.')).toEqual([]);
    expect(places('وأقيمت المباراة على ملعب ويمبلي أمس.')).toEqual(['ملعب ويمبلي']);
  });
});

describe('a place and the kind of place it is', () => {
  it('ends before the adjective', () => {
    const places = (t: string) => namesOfType(t, 'location');
    expect(places('وسيطرت الوحدات على جبل النسور الاستراتيجي بعد معارك.')).toEqual(['جبل النسور']);
    expect(places('وأغلقت السلطات معبر رفح الحدودي أمس.')).toEqual(['معبر رفح']);
  });
});

describe('outlet names end before the verb’s object', () => {
  it('ends an unquoted Arabic newspaper name before an indefinite accusative after it («صحيفة الأيام تقريرا»), not a foreign one', () => {
    const orgs = namesOfType('ونشرت صحيفة الأيام تقريرا قالت فيه إن الحكومة ستستقيل.', 'organization');
    expect(orgs).toEqual(['الأيام']);
    const foreign = namesOfType('وقالت صحيفة كورييري ديلاسيرا إن الفريق سيفوز.', 'organization');
    expect(foreign).toEqual(['كورييري ديلاسيرا']);
  });

  it('reads a directorate where the text places something as the district («بمديرية X»), one named by its field as a body', () => {
    const text = 'وسقطت قذيفة على منزل في مديرية القرناوي بمحافظة تعز، واشتدت المعارك بمديرية السلامين غربي المحافظة، فيما قالت مديرية الأمن إنها فتحت تحقيقا ودعت مديرية الأوقاف إلى الهدوء.';
    const places = namesOfType(text, 'location');
    expect(places).toContain('السلامين');
    expect(places).toContain('القرناوي');
    const orgs = namesOfType(text, 'organization');
    expect(orgs).toEqual(['مديرية الأمن', 'مديرية الأوقاف']);
  });

  it('reads «الخارجية»/«الداخلية» after the definite noun it qualifies as its adjective, not the ministry, there or found again', () => {
    const text = 'وانتقد النائب السياسة الخارجية البرازيلية، وحذر من تراكم الديون الخارجية للأرجنتين ومن التدخل في الشؤون الداخلية للدول المجاورة، فيما قالت الخارجية البرازيلية إنها سترد.';
    const list = entities(text).filter((e) => e.type === 'organization');
    expect(list.map((e) => e.name)).toEqual(['الخارجية البرازيلية']);
    expect(list[0].mentions).toHaveLength(1);
    expect(list[0].mentions[0].start).toBe(text.lastIndexOf('الخارجية البرازيلية'));
  });

  it('reads «الجامعة» named by a relation adjective as that university, not a kind of university', () => {
    const text = 'وحاضر الباحث في الجامعة اليسوعية ثم انتقل للجامعة العبرية، بعد أن رفضت الجامعة الحكومية طلبه.';
    expect(namesOfType(text, 'organization')).toEqual(['الجامعة اليسوعية', 'الجامعة العبرية']);
  });

  it('reads a definite name after a governorate, village or town head as the place, listed or rare, not a common word after another head', () => {
    const text = 'وأفاد مصدر محلي بسقوط قذائف على محافظة البيضاء، وبنزوح عشرات الأسر من قرية الحمايدة إلى بلدة الزعيترة، فيما تعهد الوزير بالإصلاح خلال ولاية الرئيس.';
    expect(namesOfType(text, 'location')).toEqual(['البيضاء', 'الحمايدة', 'الزعيترة']);
  });

  it('reads a conference as an event, no organization, unless a body is named in it', () => {
    const text = 'وتعهدت الدول المانحة خلال مؤتمر لشبونة بتقديم المساعدات، وناقش الوزير الملف على هامش مؤتمر المستثمرين، قبل أن يشارك في مؤتمر الأمم المتحدة للتجارة والتنمية.';
    const orgs = namesOfType(text, 'organization');
    expect(orgs.some((n) => n.includes('لشبونة') || n.includes('المستثمرين'))).toBe(false);
    expect(orgs.some((n) => n.includes('الأمم المتحدة'))).toBe(true);
  });

  it('reads Greenwich in a time given by it as a place', () => {
    expect(namesOfType('وستنطلق المركبة في الرابعة فجرا بتوقيت غرينتش من القاعدة.', 'location')).toEqual(['غرينتش']);
  });

  it('reads the seat of a government named for it as an organization', () => {
    const text = 'وأكد الكرملين أن الرئيسين سيلتقيان، بينما رفض الإليزيه التعليق.';
    expect(namesOfType(text, 'organization')).toEqual(['الكرملين', 'الإليزيه']);
    expect(namesOfType(text, 'location')).toEqual([]);
  });

  it('reads «الحدود الشمالية» on a border of somewhere as no place, the province elsewhere as the place', () => {
    const text = 'وتجددت الاشتباكات على الحدود الشمالية لبلدة القائم، فيما افتتح أمير منطقة الحدود الشمالية مستشفى جديدا.';
    const list = entities(text).filter((e) => e.name === 'الحدود الشمالية');
    expect(list).toHaveLength(1);
    expect(list[0].mentions).toHaveLength(1);
    expect(list[0].mentions[0].start).toBe(text.lastIndexOf('الحدود الشمالية'));
  });

  it('reads the two names after a place head in the dual as two places, everyday words too, without the head', () => {
    const text = 'وتدور المعارك في منطقتي الصالحية والعلم منذ أيام، ونزح السكان من قريتي الخوين والزرزور جنوب إدلب.';
    const list = entities(text);
    expectExact(text, list);
    expect(list.filter((e) => e.type === 'location').map((e) => e.name)).toEqual(['الصالحية', 'العلم', 'الخوين', 'الزرزور', 'إدلب']);
    expect(byName(list, 'العلم').mentions[0].start).toBe(text.indexOf('والعلم') + 1);
    // («قريتي» is "my village" too.)
    expect(namesOfType('وعاد الرجل إلى قريتي الصغيرة وبيتي القديم بعد الحرب.', 'location')).toEqual([]);
  });

  it('reads a name in quotation marks after a kind of place as the place, without the kind, not an adjective or a listed organization there', () => {
    const text = 'ونزحت عشرات الأسر من منطقة "الحوامي" إلى قرية "آل سعيد"، وافتتحت الحكومة مطار "نيفاتيم" الجديد، فيما أعلنت منطقة "عسكرية" قرب ولاية "داعش".';
    const list = entities(text);
    expectExact(text, list);
    expect(list.filter((e) => e.type === 'location').map((e) => e.name)).toEqual(['الحوامي', 'آل سعيد', 'نيفاتيم']);
  });

  it('reads a two-letter city after its head as the place, not the everyday word spelled so elsewhere', () => {
    const text = 'وقتل خمسة في محافظة إب وسط اليمن، وقال الأب إن ابنه نجا. ثم قم بإدخال الرقم.';
    const list = entities(text);
    expectExact(text, list);
    const ibb = byName(list, 'إب');
    expect(ibb.type).toBe('location');
    expect(ibb.mentions).toHaveLength(1);
    expect(list.map((e) => e.name)).not.toContain('قم');
  });

  it('reads a directorate after «في» as the district, as after the other locating words', () => {
    const text = 'وتقدمت القوات في مديرية ناطع شرقي المحافظة، فيما قالت مصادر في مديرية الأمن إن التحقيق مستمر.';
    expect(namesOfType(text, 'location')).toEqual(['ناطع']);
    expect(namesOfType(text, 'organization')).toEqual(['مديرية الأمن']);
  });

  it('reads a city or province named after its head as the place where the tagger read a body or a person, not a body that owns the place or a boycott', () => {
    expect(namesOfType('وتساقطت الثلوج بكثافة على ولاية ماين الأمريكية أمس.', 'location')).toEqual(['ماين']);
    expect(namesOfType('وقضت محكمة في ولاية ماين الأمريكية بأن القرار باطل.', 'location')).toEqual(['ماين']);
    expect(namesOfType('وقالت شرطة مدينة لندن إن التحقيق مستمر.', 'organization')).toEqual(['شرطة مدينة لندن']);
    expect(namesOfType('وقالت شركة فيرجين إنها تعتذر، بعدما دعا ناشطون إلى مقاطعة فيرجين.', 'location')).toEqual([]);
    // («ولائه» is "his loyalty", «ولاية» once normalized.)
    expect(namesOfType('وجدد الحارس في مقابلة بلندن ولائه للمنتخب الإيطالي رغم الخسارة.', 'location')).toEqual(['لندن']);
  });

  it('reads the places a plural head lists as places, each without its «و», where one of them is listed, not a description or what the sentence goes on with', () => {
    const text = 'وهطلت أمطار غزيرة على محافظات المهرة وحضرموت وشبوة، وقصفت الطائرات قرى الشيخ مسكين والزرزور جنوب إدلب.';
    const list = entities(text);
    expectExact(text, list);
    expect(list.filter((e) => e.type === 'location').map((e) => e.name)).toEqual(['المهرة', 'حضرموت', 'شبوة', 'الشيخ مسكين', 'الزرزور', 'إدلب']);
    expect(namesOfType('وأيد القرار حكام ولايات أوهايو، وميشيغان، ومدقق حسابات من العاصمة.', 'location')).toEqual(['أوهايو', 'ميشيغان']);
    expect(namesOfType('وتنقل الوفد بين مناطق القدس وتناولت الوزيرة الغداء في مطعم، ثم زار مدن أخرى وقرى سياحية.', 'location')).toEqual(['القدس']);
  });

  it('reads the market of a good as no organization, an exchange named by its place as one', () => {
    const text = 'وتوقع المحللون أن تنتعش سوق العقارات التركية هذا العام، بينما ظل مؤشر سوق مسقط للأوراق المالية مستقرا.';
    expect(namesOfType(text, 'organization')).toEqual(['سوق مسقط للأوراق المالية']);
    expect(namesOfType('وقال الخبير إن سوق العمل البريطانية تحتاج إلى مهندسين.', 'organization')).toEqual([]);
  });

  it('does not search the article for the everyday field word a body is named by, but for a name the lists hold', () => {
    const text = 'ونظمت جمعية الأطفال حفلا حضره الأطفال وذووهم، وقالت وزارة النقل إن خبراء النقل سيزورون المدينة. وأعلنت جماعة الحوثي أن الحوثي لن يتراجع.';
    const list = entities(text);
    expect(byName(list, 'جمعية الأطفال').mentions.map((m) => m.text)).toEqual(['جمعية الأطفال']);
    expect(byName(list, 'وزارة النقل').mentions.map((m) => m.text)).toEqual(['وزارة النقل']);
    expect(byName(list, 'جماعة الحوثي').mentions).toHaveLength(2);
    // A club is named by its word alone.
    const club = 'وأعلن نادي الشباب تعاقده مع المدرب، وقال رئيس الشباب إن الفريق جاهز.';
    expect(byName(entities(club), 'نادي الشباب').mentions.map((m) => m.text)).toEqual(['نادي الشباب', 'الشباب']);
  });

  it('reads God alone as no name, not the end of a theophoric name nor a body named after God', () => {
    const text = 'وألقى الأمين العام لحزب الله حسن نصر الله كلمة قال فيها إن الله مع الصابرين، ورفع أنصار حزب الله الأعلام. ودعا المصلون الله أن يحفظ لبنان.';
    const list = entities(text);
    expect(byName(list, 'حسن نصر الله').mentions.map((m) => m.text)).toEqual(['حسن نصر الله']);
    expect(list.flatMap((e) => e.mentions).some((m) => m.text === 'الله')).toBe(false);
  });

  it('reads a country adjective after a definite noun with a preposition on it as the adjective, not the country', () => {
    const text = 'واحتفت الصحف بالمرأة السعودية بعد القرار، ودخلت شركات كثيرة للسوق السعودية هذا العام، وزار وفد تجاري السعودية الشهر الماضي.';
    const saudi = byName(entities(text), 'السعودية');
    expect(saudi.mentions.map((m) => m.start)).toEqual([text.lastIndexOf('السعودية')]);
  });

  it('reads «قيادة» before what is driven or led as no command, a command of forces, a body or a military field as one', () => {
    const text = 'ورحبت الناشطات بقرار السماح بقيادة المرأة السعودية للسيارة، وتحدث الكاتب عن قيادة النساء للسيارات، فيما أعلنت قيادة التحالف وقيادة المنطقة العسكرية الخامسة انتهاء المناورات.';
    expect(namesOfType(text, 'organization')).toEqual(['قيادة التحالف', 'قيادة المنطقة العسكرية الخامسة']);
  });

  it('reads a news agency with an adjective of its own before its country whole, not the adjective alone', () => {
    const text = 'ونقلت وكالة الأنباء المركزية الكورية عن الزعيم قوله إن المحادثات مثمرة.';
    expect(namesOfType(text, 'organization')).toEqual(['وكالة الأنباء المركزية الكورية']);
  });

  it('reads «أعمار» with the hamza above as ages, not the developer «إعمار»', () => {
    const text = 'وتتراوح أعمار المشاركين بين 18 و30 عاما، فيما ارتفعت أسهم شركة إعمار العقارية.';
    const list = entities(text);
    expect(list.flatMap((e) => e.mentions).some((m) => m.text === 'أعمار')).toBe(false);
    expect(namesOfType(text, 'organization')).toHaveLength(1);
  });

  it('ends a team\'s name after its own name, adjectives, sport and side, not with what the sentence goes on with', () => {
    const text = 'ويحتاج منتخب كرواتيا الكثير من الحظ للفوز، بينما يسعى منتخب بيرو للتأهل إلى الدور الثاني، وأعلن نادي هارتس المنافس تعاقده مع مدافع شاب، وخاض المنتخب الياباني لكرة القدم مباراة ودية مع منتخب الولايات المتحدة للسيدات.';
    const mentions = entities(text).filter((e) => e.type === 'organization').flatMap((e) => e.mentions.map((m) => m.text));
    expect(mentions).toEqual(['منتخب كرواتيا', 'منتخب بيرو', 'نادي هارتس', 'المنتخب الياباني لكرة القدم', 'منتخب الولايات المتحدة للسيدات']);
  });

  it('reads «مصلحة» before anything but an authority\'s field as an interest, no body, keeping the party it is the interest of', () => {
    const text = 'وقال الوزير إن الاتفاق يصب في مصلحة الأردن ومصلحة المزارعين، وإن القرار لمصلحة الحكومة الليبية، فيما أعلنت مصلحة الضرائب المصرية تمديد المهلة.';
    expect(namesOfType(text, 'organization')).toEqual(['الحكومة الليبية', 'مصلحة الضرائب المصرية']);
    expect(namesOfType(text, 'location')).toEqual(['الأردن']);
  });

  it('keeps a club\'s field and a team\'s nickname in its name, not a purpose after it', () => {
    const text = 'وكرم نادي دبي للصحافة الفائزين بجائزته، وفاز نادي الغواصة الصفراء على ضيفه، بينما يستعد المنتخب البرازيلي للمشاركة في البطولة.';
    const mentions = entities(text).filter((e) => e.type === 'organization').flatMap((e) => e.mentions.map((m) => m.text));
    expect(mentions).toEqual(['نادي دبي للصحافة', 'نادي الغواصة الصفراء', 'المنتخب البرازيلي']);
  });

  it('ends a person\'s name before a word that goes on the sentence, not before the given name written alike but for its hamza', () => {
    const text = 'ووصف الرئيس الأمريكي دونالد ترامب الأمر بأنه مؤسف، وقال أردوغان الآن إن الحوار ممكن، بينما قال النجم السابق آلان شيرار إن الفريق يستحق الفوز.';
    expect(namesOfType(text, 'person')).toEqual(['دونالد ترامب', 'أردوغان', 'آلان شيرار']);
  });

  it('reads a people or a faith named alone as no organization', () => {
    const text = 'ويشكو الأكراد في المنطقة من التهميش مثل الشيعة، بينما دعت منظمة العفو الدولية إلى حماية الروهينغا.';
    expect(namesOfType(text, 'organization')).toEqual(['منظمة العفو الدولية']);
  });

  it('reads a kind of site named by its field as no name, the name after it as one', () => {
    const text = 'وأغلقت شبكة التواصل الاجتماعي تويتر حسابات وهمية، بعدما انتشرت الصور على مواقع التواصل الاجتماعي، ونشر موقع التوظيف الإلكتروني دراسة جديدة.';
    expect(namesOfType(text, 'organization')).toEqual(['تويتر']);
  });

  it('keeps the word after a name particle, an authority named by its revenue and a team\'s name apart from a team joined to it', () => {
    const text = 'وأوضح حسن عبد المعروف أن مصلحة الإيرادات الداخلية راجعت الحسابات، قبل مواجهة المنتخب الروسي والمنتخب الإسباني.';
    const list = entities(text);
    expect(list.filter((e) => e.type === 'person').map((e) => e.name)).toEqual(['حسن عبد المعروف']);
    expect(list.filter((e) => e.type === 'organization').flatMap((e) => e.mentions.map((m) => m.text))).toEqual(['مصلحة الإيرادات الداخلية', 'المنتخب الروسي', 'المنتخب الإسباني']);
  });

  it('ends an organization\'s name before the responsibility it claims, the support it acts with and the night of a day', () => {
    const text = 'وأعلنت حركة الشباب المسؤولية عن التفجير، وقالت الشرطة الكينية ليل الخميس إن قوات الحكومة اليمنية بدعم التحالف سيطرت على الميناء.';
    const mentions = entities(text).filter((e) => e.type === 'organization').flatMap((e) => e.mentions.map((m) => m.text));
    expect(mentions).toEqual(['حركة الشباب', 'الشرطة الكينية', 'الحكومة اليمنية']);
  });
});
