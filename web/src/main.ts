// Boot: header (nav, 简/繁, export), router → views. Each view owns #app until the next route.
import { h, mount } from './dom.ts';
import { renderExportButtons, setCurrentTable } from './export.ts';
import { startRouter, type Route } from './router.ts';
import { renderScriptSwitch, watchScript } from './script.ts';
import { renderAgencies } from './views/agencies.ts';
import { renderAsk } from './views/ask.ts';
import { renderCitations } from './views/citations.ts';
import { renderMeasure } from './views/measure.ts';
import { renderTargets } from './views/targets.ts';

const app = document.getElementById('app') as HTMLElement;
const nav = document.getElementById('nav') as HTMLElement;

const tabs: [string, string, string][] = [
  ['agencies', '#/agencies', '部门协同 Agencies'],
  ['ask', '#/ask', '提问 Ask'],
  ['citations', '#/citations', '引用文件 Citations'],
  ['targets', '#/targets', '目标 Targets'],
];

mount(nav, ...tabs.map(([name, href, label]) => h('a', { href, 'data-tab': name }, label)));
renderScriptSwitch(document.getElementById('script') as HTMLElement);
renderExportButtons(document.getElementById('export') as HTMLElement);
watchScript(app, nav);

let generation = 0;

function show(route: Route): void {
  generation++;
  window.cy?.destroy();
  window.cy = undefined;
  setCurrentTable(null);
  app.replaceChildren();
  app.dataset.view = route.name;
  for (const a of nav.querySelectorAll('a')) {
    if (a.dataset.tab === route.name) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
  const tab = tabs.find(([name]) => name === route.name);
  document.title = `${tab ? `${tab[2]} · ` : route.name === 'measure' ? '措施 Measure · ' : ''}政策图谱 Policy Graph`;
  window.scrollTo(0, 0);
  app.focus({ preventScroll: true }); // keyboard users continue from the new view (the ask view focuses its box)
  const current = generation;
  const isCurrent = () => current === generation;
  switch (route.name) {
    case 'agencies': return void renderAgencies(app, route, isCurrent);
    case 'ask': return void renderAsk(app, route, isCurrent);
    case 'measure': return void renderMeasure(app, route.params[0] ?? '', isCurrent);
    case 'citations': return void renderCitations(app, route.query.get('document'), isCurrent);
    case 'targets': return void renderTargets(app, isCurrent);
    default:
      mount(app, h('p', { class: 'error', role: 'alert' }, '页面不存在 (page not found) '), h('a', { href: '#/agencies' }, '返回首页 Home'));
  }
}

startRouter(show);
