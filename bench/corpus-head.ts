// The head of generated document i (city, 发文字号, title, dates): derived from (seed, i) alone, so that any
// later document can cite it by number and title without generating its body.
import { createRng, deriveSeed } from './prng.ts';
import { CITIES, TOPICS, type City } from './pools.ts';

export interface DocHead {
  index: number;
  city: City;
  number: string;        // canonical 发文字号, e.g. 鄂府发〔2019〕3号
  issuer: string;        // 发文机关
  title: string;         // the notice's title (what citations use)
  plan: string;          // the attached plan's title
  topic: string;
  writtenOn: string;     // YYYY-MM-DD
  publishedOn: string;
  indexNumber: string;
  year: number;
}

const KINDS = [
  { code: '府发', office: false },
  { code: '府办发', office: true },
  { code: '府函', office: false },
  { code: '府办函', office: true },
] as const;
const PLAN_KINDS = ['实施方案', '工作方案', '若干政策措施分解方案', '行动计划', '三年行动方案', '重点任务分解方案'];

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

/**
 * (city, year, serial) is unique per index: index = 60·(serial−1) + 6·(year−2015) + cityIndex, so every generated
 * document has its own 发文字号 whatever the corpus size.
 */
export function docHead(seed: number, index: number): DocHead {
  const rng = createRng(deriveSeed(seed, index));
  const city = CITIES[index % CITIES.length] as City;
  const year = 2015 + (Math.floor(index / CITIES.length) % 10);
  const serial = Math.floor(index / (CITIES.length * 10)) + 1;
  const kind = rng.pick(KINDS);
  const topic = rng.pick(TOPICS);
  // a year in every title keeps titles of one city apart (a title shared by two numbers is rare in this genre)
  const plan = rng.chance(0.2)
    ? `${city.name}${topic}${rng.pick(PLAN_KINDS)}(${year}—${year + 2}年)`
    : `${city.name}${year}年${topic}${rng.pick(PLAN_KINDS)}`;
  const issuer = `${city.name}人民政府${kind.office ? '办公室' : ''}`;
  const month = rng.int(1, 12);
  const day = rng.int(1, 23);
  return {
    index, city, topic, plan, issuer, year,
    number: `${city.abbr}${kind.code}〔${year}〕${serial}号`,
    title: `${issuer}关于印发${plan}的通知`,
    writtenOn: `${year}-${pad(month)}-${pad(day)}`,
    publishedOn: `${year}-${pad(month)}-${pad(day + rng.int(0, 5))}`,
    indexNumber: `${pad(14349 + CITIES.indexOf(city), 9)}/${year}-${pad(index + 1, 5)}`,
  };
}
