// Complete profiles for the PDF journeys and the PDF benchmark: the same person's answers,
// free text written in Arabic, Tigrinya, Ukrainian or English, coded answers from the packs.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { root } from './harness.js';

export const NURSE = 'http://data.europa.eu/esco/occupation/8d3e8aaa-791b-4c75-a465-f3f827028f50';
export const COOK = 'http://data.europa.eu/esco/occupation/90f75f67-495d-49fa-ab57-2f320e251d7e';
export const KITCHEN = 'http://data.europa.eu/esco/occupation/e1cf6897-158d-4b48-a39e-2a3a8cac216c';
export const RECIPE = 'http://data.europa.eu/esco/skill/a0d96ce8-aeeb-4ffb-bd78-21c0598179ff';
export const TEAMS = 'http://data.europa.eu/esco/skill/60c78287-22eb-4103-9c8c-28deaa460da0';

export function words(lang) {
  const flat = {};
  const walk = (o, p) => Object.entries(o).forEach(([k, v]) => (typeof v === 'object' ? walk(v, `${p}${k}.`) : (flat[`${p}${k}`] = v)));
  walk(JSON.parse(readFileSync(path.join(root, 'locales', `${lang}.json`), 'utf8')), '');
  return flat;
}

/** A concept's preferred label in a language, from the shipped packs. */
export function label(lang, uri) {
  const [kind, id] = uri.split('/').slice(-2);
  const file = kind === 'occupation' ? 'occupations' : 'skills';
  const line = readFileSync(path.join(root, `public/packs/${file}-${lang}.tsv`), 'utf8').split('\n').find((l) => l.startsWith(`${id}\t`));
  return line.split('\t')[3];
}

/** A complete profile, its free text written in `lang`. */
export function profileFile(lang, t) {
  return {
    format: 'skillmap-profile',
    version: 1,
    created_with: 'skillmap 0.1.0',
    profile: {
      written_in: lang,
      personal: {
        given_names: t.given, family_name: t.family, given_names_latin: t.latinGiven, family_name_latin: t.latinFamily,
        preferred_name: '', birth_year: 1988, country_of_origin: t.country, nationalities: [t.country],
        arrival: '2016-03', contact: { email: 'person@example.org', phone: '+49 30 1234567' }, ui_language: lang,
      },
      languages: {
        mother_tongues: [lang],
        other: [{ language: 'en', levels: { listening: 'B2', reading: 'B1', spoken_interaction: 'B1', spoken_production: 'A2', writing: 'A2' }, learned: ['school'] }],
      },
      education: [{
        level: 'isced6', eqf: 'eqf6', field: 'health_welfare', title: t.diploma, institution: t.school, country: t.country,
        start: '2006', end: '2010', completion: 'completed', diploma: 'held', recognition: 'applied',
        occupation: { esco: NURSE, text: label(lang, NURSE) },
      }],
      work: [1, 2, 3].map((n) => ({
        occupation: { esco: COOK, text: label(lang, COOK) }, employer: `${t.employer} ${n}`, country: t.country,
        start: `${2009 + n}-0${n}`, end: n === 3 ? null : `${2010 + n}-1${n - 1}`, ongoing: n === 3, tasks: t.tasks,
        skills_used: [{ esco: RECIPE, text: label(lang, RECIPE) }, { esco: null, text: t.ownSkill }], kind: 'paid',
      })),
      skills: {
        occupational: [{ esco: RECIPE, text: label(lang, RECIPE) }],
        digital: { information: 'intermediate', communication: 'advanced', content_creation: null, safety: 'foundation', problem_solving: null, competences: [{ competence: '4.2', level: 'foundation' }] },
        soft: [{ esco: TEAMS, text: label(lang, TEAMS) }],
      },
      driving_licences: [{ category: 'B', issued_in: null }],
      certificates: [{ title: t.certificate, issuer: t.school, country: t.country, date: '2012-05' }],
      volunteering: [{ role: t.volunteering, organisation: '', country: null, start: '2017', end: null, description: '' }],
      interests: t.interests,
      goals: {
        wants: ['job', 'language_course'], target_occupations: [{ esco: KITCHEN, text: label(lang, KITCHEN) }],
        hours: 'part_time', care_duties: true, can_travel: true, can_relocate: false, notes: t.notes,
      },
      counsellor: null,
    },
  };
}

export const CASES = [
  ['ar', 'es', 'SY', {
    given: 'أمل', family: 'الحسن', latinGiven: 'Amal', latinFamily: 'Al-Hassan', diploma: 'بكالوريوس التمريض', school: 'جامعة دمشق',
    employer: 'مطعم الياسمين', tasks: 'تحضير الطعام لـ 200 شخص يوميًا (وجبات ساخنة)', ownSkill: 'الخبز العربي',
    certificate: 'شهادة سلامة الغذاء', volunteering: 'توزيع الطعام في الحي', interests: 'الطبخ والقراءة',
    notes: 'أريد العمل بدوام جزئي (20 ساعة) وأتعلم الألمانية B1.',
  }],
  ['ti', 'en', 'ER', {
    given: 'ሰላም', family: 'ተስፋይ', latinGiven: 'Selam', latinFamily: 'Tesfay', diploma: 'ዲፕሎማ ነርስነት', school: 'ኮሌጅ ጥዕና ኣስመራ',
    employer: 'ቤት መግቢ ኣስመራ', tasks: 'መግቢ ምድላው ን 200 ሰባት', ownSkill: 'ምስራሕ ኢንጀራ',
    certificate: 'ምስክር ወረቐት ድሕንነት መግቢ', volunteering: 'ሓገዝ ኣብ ቤተ ክርስትያን', interests: 'ምንባብ',
    notes: 'ኣብ ክንክን ኣረጋውያን ክሰርሕ እደሊ።',
  }],
  ['uk', 'de', 'UA', {
    given: 'Олена', family: 'Ковальчук', latinGiven: 'Olena', latinFamily: 'Kovalchuk', diploma: 'Бакалавр медсестринства', school: 'Харківський медичний коледж',
    employer: 'Ресторан «Їжак»', tasks: 'Готувала їжу для 200 гостей щодня', ownSkill: 'випікання хліба',
    certificate: 'Сертифікат з безпеки харчових продуктів', volunteering: 'Роздача їжі в громаді', interests: 'Кулінарія, читання',
    notes: 'Хочу працювати неповний день; вивчаю німецьку (B1). Ґанок, їжа, є — усі літери.',
  }],
];

/** The English profile the benchmark compares with the bilingual one. */
export const ENGLISH = [
  ['en', null, 'SY', {
    given: 'Amal', family: 'Al-Hassan', latinGiven: 'Amal', latinFamily: 'Al-Hassan', diploma: 'Bachelor of Nursing', school: 'Damascus University',
    employer: 'Jasmine Restaurant', tasks: 'Cooked for 200 guests a day (hot meals)', ownSkill: 'Arabic bread baking',
    certificate: 'Food safety certificate', volunteering: 'Food distribution in the neighbourhood', interests: 'Cooking and reading',
    notes: 'I would like to work part time (20 hours) while I learn German to B1.',
  }],
];
