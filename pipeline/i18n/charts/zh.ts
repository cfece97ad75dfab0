/**
 * The charts' words in Simplified Chinese, in the usage of the United Nations' Chinese documents
 * (联合国毒品和犯罪问题办公室、巴黎公约倡议、专家工作组、支柱、基线), with full-width punctuation.
 * A sample translation, not edited by United Nations translation services.
 */
import { listFor, shortName } from './shared.js';
import type { ChartStrings } from './strings.js';

const list = listFor('zh');

export const zh: ChartStrings = {
  units: { kg: '公斤', count: '数量', percent: '%', days: '天' },
  withUnit: (title, unit) => `${title}（${unit}）`,
  list,
  separator: '、',
  pillarNumber: (id) => `支柱${id}：`,
  shortName,

  programmes: { 'RP ANC': 'RP ANC 优先国家', 'RP SEE': 'RP SEE 优先国家', none: '其他伙伴国家' },
  nonPartner: '非伙伴国家',
  figureReported: '报告数字',
  figureAfterBreak: '序列中断之后',

  baselineCurrent: {
    baseline: (year) => `基线（${year}年）`,
    figureIn: (year, earliest) => (earliest === undefined ? `${year}年` : `${year}年或可得的最近年份（${earliest}\u2013${year}年）`),
    legendTitle: (figureIn) => `空心圆：基线；符号：${figureIn}数字，按状况`,
    caption: (indicator, baselineYear, year) => `${indicator}：${baselineYear}年基线和${year}年当前数字`,
    columns: { entity: '实体', baselineYear: '基线年份', baseline: '基线', currentYear: '当前年份', current: '当前数字', change: '变化', status: '状况' },
    describe: (d) =>
      `${d.entities.text}个实体；${d.withoutBaseline.text}个无基线` +
      (d.withoutCurrent.n ? `，${d.withoutCurrent.text}个无当前数字` : '') +
      (d.notShown.length > 0 ? `；未报告（截至${d.year}年无数字），因此未显示：${d.notShown.join('、')}` : '') +
      (d.logarithmic ? '。坐标轴为对数刻度：每个刻度是前一个的十倍。' : '。'),
  },

  timeSeries: {
    legendTitle: (unit, baselineYear) => `数字（${unit}${baselineYear === undefined ? '' : `；虚线：基线年份${baselineYear}年`}）`,
    caption: (indicator, unit, first, last) => `${indicator}（${unit}），${first}-${last}年`,
    columns: { entity: '实体', flagged: '估计数或临时数字' },
    flaggedYear: (year, flag) => `${year}年（${flag}）`,
    describe: (d) => `${d.panels.text}个小图，${d.first}年至${d.last}年` + (d.shared ? '，全部使用同一刻度。' : '；每个小图有各自的刻度，请比较形状而非高度。'),
  },

  statusByPillar: {
    legendTitle: (year) => `${year}年状况`,
    axisIndicators: '实体数字（国家或组织）',
    axisPillars: '实体数字（指标 x 国家或组织）',
    captionPillar: (id, title, year) => `支柱${id}（${title}）各指标数字的状况，${year}年`,
    captionAll: (year) => `各支柱数字的状况，${year}年`,
    columns: { indicator: '指标', pillar: '支柱', total: '合计' },
    describe: '每个条形按状况计算数字（性别：合计），顺序与图例相同；足够宽的分段显示其状况符号和数目。',
    source: 'vdr 根据指标数字计算的衡量值（data/observations）',
  },

  coverageGrid: {
    legend: {
      reported: '已报告',
      estimate: '估计数（估）',
      provisional: '临时数字（临）',
      missing: '未报告，已说明原因（?）',
      'not-applicable': '不适用（\u2013）',
      'no-data': '数据中无此行',
    },
    marks: { estimate: '估', provisional: '临', missing: '?', notApplicable: '\u2013' },
    cells: { reported: '已报告', notApplicable: '不适用', noRow: '无此行', notReportedBecause: (reason) => `未报告（${reason}）` },
    legendTitle: (year) => `${year}年数字`,
    caption: (year) => `${year}年数据覆盖情况：按国家和指标分列的数字`,
    columns: { country: '国家' },
    describe: (d) =>
      `${d.countries.text}个国家、${d.indicators.text}项指标，${d.year}年：` +
      `已报告数字${d.reported.text}个，估计数${d.estimates.text}个，临时数字${d.provisional.text}个，` +
      `已说明原因的未报告${d.missing.text}个，不适用${d.notApplicable.text}个，无此行${d.noRow.text}个。`,
    source: 'data/observations 中的指标数字',
  },

  ewgTimeline: {
    formats: { trifold: '三合一会议（三个专家工作组在同一地点）', single: '单独会议' },
    caption: (first, last) => `专家工作组会议，${first}-${last}年`,
    columns: { number: '专家工作组', topic: '主题', host: '主办方', city: '城市', country: '国家', month: '月份', year: '年份', pillars: '支柱', trifold: '三合一会议' },
    describe: (d) =>
      `${d.from}年至${d.to}年共${d.meetings.text}次会议，编号与表中相同；` + d.perPillar.map((p) => `支柱${p.id}：${p.count.text}次`).join('，') + '。',
    source: '巴黎公约倡议：专家工作组清单（data/reference/ewg-meetings.csv）',
  },

  partnerMap: {
    disclaimer: '本地图所示边界和名称以及所用称谓并不意味着联合国的正式认可或接受',
    overviewRegion: '从欧洲到东亚',
    overviewTitle: (region) => `概览：${region}`,
    insetTitle: (title) => `插图：${title}`,
    where: { main: '主图', overview: '概览', inset: (title) => `插图“${title}”`, notDrawn: '未绘出' },
    legendStatus: (indicator, year) => `${indicator}：${year}年状况`,
    legendProgramme: '伙伴国家',
    keyTitle: '图例：按 ISO 代码列出的伙伴国家',
    captionStatus: (indicator, year) => `伙伴国家：“${indicator}”的状况，${year}年`,
    captionProgramme: '按优先方案分列的伙伴国家',
    columns: { country: '国家', code: '代码', programme: '优先方案', status: (year) => `${year}年状况`, drawnIn: '绘于', codeShown: '地图上显示代码' },
    codeShown: { yes: '是', no: '否：空间不足' },
    insetWithNames: (title, names) => `${title}（${list(names)}）`,
    overviewInset: '从欧洲到东亚的其他伙伴概览',
    describe: (d) =>
      (d.focus === 'all' ? '从西欧到日本和印度的伙伴国家地图' : `${d.focus} 优先国家及其邻国地图`) +
      (d.insets.length ? `，附有其他比例尺的带框插图：${list(d.insets)}` : '') +
      '；非伙伴国家为灰色。每个伙伴国家均绘出，并在容得下代码之处标注其 ISO 代码；地图下方的图例给出每个代码对应的国家。' +
      (d.byStatus ? '每个伙伴国家标有其状况符号。' : '') +
      (d.partly.length ? `地图边缘截去了以下国家的一部分：${list(d.partly)}。` : '') +
      (d.unlabelled.length ? `因空间不足地图上未标代码的国家（图例和表格列出其名称）：${list(d.unlabelled)}。` : ''),
    source: (indicatorSource, disclaimer) => `${indicatorSource === undefined ? '' : `${indicatorSource}。`}地图：Natural Earth，经由 world-atlas。${disclaimer}`,
  },

  partnerPillar: {
    keyBaseline: '基线',
    keyCurrent: '当前数字，按状况',
    figures: (baseline, current, comparable) =>
      baseline !== undefined && current !== undefined ? (comparable ? `${baseline}至${current}` : `${baseline}；${current}`) : (baseline ?? current ?? ''),
    statusLine: (status, from, to) => {
      const years = from !== undefined && to !== undefined && from !== to ? `${from}\u2013${to}年` : from === undefined && to === undefined ? undefined : `${from ?? to}年`;
      return years === undefined ? status : `${status}，${years}`;
    },
    seriesBreak: (year) => `${year}年序列中断：不可比`,
    none: (pillar) => `该伙伴无需报告本支柱（${pillar}）的任何指标。`,
    caption: (entity, pillar, year) => `${entity}的基线和当前数字，${pillar}，${year}年`,
    columns: {
      indicator: '指标',
      unit: '单位',
      baselineYear: '基线年份',
      baseline: '基线',
      currentYear: '当前年份',
      current: '当前数字',
      change: '变化',
      status: '状况',
      seriesBreak: '序列中断',
    },
    title: (entity, pillar) => `${entity}的基线和当前数字，${pillar}`,
    description: (entity, pillar) => `${pillar}：${entity}每项指标的基线和当前数字，以及当前数字的状况。`,
    describe: (d) =>
      '每项指标一行，各有自己的刻度，从零到不小于两个数字中较大者的整数（百分比为0至100），因此长度比较的是同一行的两个数字，而不是不同指标。' +
      `共${d.indicators.text}项指标，其中${d.withFigures.text}项有数字` +
      (d.notReported.length > 0 ? `；未报告：${list(d.notReported)}` : '') +
      (d.notComparable.length > 0 ? `；因序列中断不可比：${list(d.notComparable)}` : '') +
      '。',
  },

  custom: { source: '报告正文中指定的图表；数字来自项目数据和衡量值' },
};
