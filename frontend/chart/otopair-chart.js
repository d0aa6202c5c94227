/*
 * <otopair-chart>: the browser side of com.otopair.base.ui.chart.Chart, a line, bar, stacked bar,
 * funnel, heat map or gauge drawn by Apache ECharts 6.1 (npm "echarts", bundled with the
 * application like the calendar and the map; only the parts used here are imported, with the SVG
 * renderer, to keep the bundle small).
 *
 * The server drives the element through one property, so a re-attached element redraws itself:
 *
 *   spec  { kind: line | bar | stacked-bar | funnel | heat-map | gauge,
 *           locale: "en-US" | "fr-CA" ..., style: count | money | percent | rating | hours,
 *           currency: "CAD", title, empty: true when there is nothing to draw, emptyText,
 *           categories: [x labels or funnel steps], series: [{ name, values }],
 *           rows: [heat map row labels], cells: [[x, y, value]], value, max (a gauge's) }
 *
 * The drawing goes into a child box this element creates (aria-hidden: the server's light-DOM
 * table, .otopair-chart-table, says the same numbers to screen readers and stays untouched). An
 * empty chart shows emptyText as one centred sentence instead of axes. Values are written with
 * Intl.NumberFormat in the spec's locale. The chart follows the element's size (a ResizeObserver);
 * on a narrow element the legend wraps above the plot and category labels thin out (level, whole).
 * data-state says what is shown: "drawn" or "empty".
 */
import { init, use } from 'echarts/core';
import { BarChart, FunnelChart, GaugeChart, HeatmapChart, LineChart } from 'echarts/charts';
import {
  GridComponent,
  LegendComponent,
  TooltipComponent,
  VisualMapContinuousComponent,
} from 'echarts/components';
import { LabelLayout } from 'echarts/features';
import { SVGRenderer } from 'echarts/renderers';

use([
  BarChart,
  FunnelChart,
  GaugeChart,
  HeatmapChart,
  LineChart,
  GridComponent,
  LegendComponent,
  TooltipComponent,
  VisualMapContinuousComponent,
  LabelLayout,
  SVGRenderer,
]);

/** Below this width (px) the chart is laid out for a phone. */
const NARROW = 480;
const ANIMATION_MS = 300;

/**
 * Otopair's colours: the theme's custom properties (themes/otopair/styles.css) where the page
 * defines them, these values otherwise. Series take them in this order.
 */
const PALETTE = [
  ['--otopair-teal-2', '#1b5e5f'],
  ['--otopair-amber', '#f2a541'],
  [null, '#7fb7b0'],
  ['--otopair-teal', '#0f3d3e'],
  ['--otopair-muted', '#5b6b6c'],
  [null, '#c9732c'],
  [null, '#b7c9c6'],
];
const TEXT = ['--lumo-secondary-text-color', '#5b6b6c'];
const INK = ['--lumo-body-text-color', '#1b2a2b'];
const LINES = ['--lumo-contrast-10pct', 'rgba(27, 42, 43, 0.1)'];
const SURFACE = ['--otopair-surface', '#f3f5f4'];
const BASE = ['--lumo-base-color', '#ffffff'];
const FONT = ['--lumo-font-family', 'Inter, "Segoe UI", Roboto, Helvetica, Arial, sans-serif'];

const reducedMotion = window.matchMedia
  ? window.matchMedia('(prefers-reduced-motion: reduce)')
  : { matches: false };

class OtopairChart extends HTMLElement {
  constructor() {
    super();
    this._spec = undefined;
    this._chart = undefined;
    this._drawing = undefined;
    this._emptyBox = undefined;
    this._resizing = undefined;
    this._drawnKey = '';
    this._narrow = undefined;
    this._width = -1;
  }

  connectedCallback() {
    // A property set before the element was upgraded sits on the instance and shadows the setter.
    if (Object.prototype.hasOwnProperty.call(this, 'spec')) {
      const value = this.spec;
      delete this.spec;
      this.spec = value;
    }
    this._create();
  }

  disconnectedCallback() {
    this._destroy();
  }

  set spec(spec) {
    this._spec = spec || undefined;
    if (this._chart) {
      this._draw();
    }
  }

  get spec() {
    return this._spec;
  }

  _create() {
    if (this._chart || !this.isConnected) {
      return;
    }
    if (!this._drawing) {
      this._drawing = document.createElement('div');
      this._drawing.className = 'otopair-chart-drawing';
      this._drawing.setAttribute('aria-hidden', 'true');
      this._emptyBox = document.createElement('p');
      this._emptyBox.className = 'otopair-chart-empty';
      this.prepend(this._drawing, this._emptyBox);
    }
    this._chart = init(this._drawing, null, { renderer: 'svg', locale: 'EN' });
    this._drawnKey = '';
    this._narrow = undefined;
    this._width = -1;
    this._draw();
    this._resizing = new ResizeObserver(() => this._resized());
    this._resizing.observe(this);
  }

  _destroy() {
    if (this._resizing) {
      this._resizing.disconnect();
      this._resizing = undefined;
    }
    if (this._chart) {
      this._chart.dispose();
      this._chart = undefined;
    }
  }

  /**
   * The element changed size: the drawing follows at once (its box is absolutely placed, so this
   * never changes the element's own size again), laid out anew for the width (the legend's rows,
   * labels' room, the phone layout).
   */
  _resized() {
    if (this._chart && this._drawing.clientWidth !== this._width) {
      this._draw();
    } else if (this._chart) {
      this._chart.resize({ animation: { duration: 0 } });
    }
  }

  _draw() {
    const chart = this._chart;
    const spec = this._spec;
    if (!chart) {
      return;
    }
    const empty = !spec || spec.empty;
    this._emptyBox.textContent = spec && spec.empty ? spec.emptyText || '' : '';
    this._emptyBox.hidden = !(spec && spec.empty);
    this._drawing.hidden = empty;
    this.dataset.state = spec ? (empty ? 'empty' : 'drawn') : '';
    if (empty) {
      chart.clear();
      this._drawnKey = '';
      this._width = -1;
      return;
    }
    // A hidden box measured nothing: size the chart to the box it now has.
    chart.resize({ animation: { duration: 0 } });
    this._width = this._drawing.clientWidth;
    const width = this._width || this.clientWidth || 320;
    this._narrow = width < NARROW;
    const option = this._option(spec, width);
    // Same kind and look: merge, so bars and lines move to their new values instead of
    // redrawing from nothing; series are matched by name and the ones gone are removed.
    const key = [spec.kind, spec.style, spec.locale, spec.currency, this._narrow].join('|');
    if (key === this._drawnKey) {
      chart.setOption(option, { replaceMerge: ['series'] });
    } else {
      chart.setOption(option, { notMerge: true });
      this._drawnKey = key;
    }
  }

  _option(spec, width) {
    const look = this._look();
    const values = formatters(spec);
    const animated = !reducedMotion.matches;
    const base = {
      animation: animated,
      animationDuration: ANIMATION_MS,
      animationDurationUpdate: ANIMATION_MS,
      color: look.palette,
      textStyle: { fontFamily: look.font, color: look.text },
      tooltip: {
        confine: true,
        valueFormatter: (value) => values.full(value),
        textStyle: { fontFamily: look.font, color: look.ink, fontSize: 13 },
        backgroundColor: look.base,
        borderColor: look.lines,
        extraCssText: 'border-radius: 8px; box-shadow: 0 2px 6px rgba(27, 42, 43, 0.16);',
      },
    };
    const build =
      { funnel, 'heat-map': heatMap, gauge }[spec.kind] || cartesian;
    const own = build(spec, values, look, width);
    return { ...base, ...own, tooltip: { ...base.tooltip, ...own.tooltip } };
  }

  /** The theme's colours as this element sees them, each turned into a colour ECharts reads. */
  _look() {
    const computed = getComputedStyle(this);
    const read = ([name, fallback]) => {
      const raw = name ? computed.getPropertyValue(name).trim() : '';
      return raw ? plainColour(raw, fallback) : fallback;
    };
    const font = FONT[0] ? computed.getPropertyValue(FONT[0]).trim() || FONT[1] : FONT[1];
    return {
      palette: PALETTE.map(read),
      text: read(TEXT),
      ink: read(INK),
      lines: read(LINES),
      surface: read(SURFACE),
      base: read(BASE),
      font,
    };
  }
}

/** A colour ECharts can parse (hex or rgb[a]); custom properties may hold color-mix() and such. */
let probe;
function plainColour(value, fallback) {
  if (/^#[0-9a-f]{3,8}$/i.test(value) || /^rgba?\(/i.test(value)) {
    return value;
  }
  probe = probe || document.createElement('canvas').getContext('2d');
  if (!probe) {
    return fallback;
  }
  probe.fillStyle = fallback;
  probe.fillStyle = value;
  const resolved = String(probe.fillStyle);
  return /^#[0-9a-f]{6}$/i.test(resolved) || /^rgba?\(/i.test(resolved) ? resolved : fallback;
}

/** How values read: in full (tooltips, labels) and short (axis ticks). */
function formatters(spec) {
  const locale = spec.locale || undefined;
  const style = spec.style || 'count';
  let full;
  let short;
  switch (style) {
    case 'money': {
      // As the table writes money ("$85.00 CAD"): the amount, and the currency said once.
      const currency = spec.currency || 'CAD';
      const amount = numberFormat(locale, {
        style: 'currency',
        currency,
        currencyDisplay: 'narrowSymbol',
      });
      full = (value) => {
        const text = amount(value);
        return text.includes(currency) ? text : `${text} ${currency}`;
      };
      short = numberFormat(locale, {
        style: 'currency',
        currency,
        currencyDisplay: 'narrowSymbol',
        notation: 'compact',
        maximumFractionDigits: 1,
      });
      break;
    }
    case 'percent':
      full = scaled(numberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }), 0.01);
      short = full;
      break;
    case 'rating':
      full = numberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
      short = full;
      break;
    case 'hours':
      full = numberFormat(locale, {
        style: 'unit',
        unit: 'hour',
        unitDisplay: 'short',
        minimumFractionDigits: 1,
        maximumFractionDigits: 1,
      });
      short = numberFormat(locale, {
        style: 'unit',
        unit: 'hour',
        unitDisplay: 'short',
        maximumFractionDigits: 1,
      });
      break;
    default:
      full = numberFormat(locale, { maximumFractionDigits: 0 });
      short = numberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 });
  }
  const guard = (format) => (value) =>
    typeof value === 'number' && Number.isFinite(value) ? format(value) : '–';
  return { full: guard(full), short: guard(short) };
}

function numberFormat(locale, options) {
  let format;
  try {
    format = new Intl.NumberFormat(locale, options);
  } catch (unknownLocaleOrCurrency) {
    format = new Intl.NumberFormat(undefined, { maximumFractionDigits: 2 });
  }
  return (value) => format.format(value);
}

function scaled(format, factor) {
  return (value) => format(value * factor);
}

function seriesOf(spec) {
  return (spec.series || []).map((one) => ({
    name: String(one.name),
    values: (one.values || []).map((value) => (typeof value === 'number' ? value : null)),
  }));
}

/** The legend's rows: measured roughly (an item is its swatch, gap and words). */
function legendRows(names, width) {
  const available = Math.max(width - 16, 80);
  let rows = 1;
  let used = 0;
  for (const name of names) {
    const item = 14 + 5 + 10 + name.length * 7.5;
    if (used > 0 && used + item > available) {
      rows += 1;
      used = 0;
    }
    used += item;
  }
  return rows;
}

const LEGEND_ROW = 22;

function legend(names, look, width) {
  if (names.length < 2) {
    return { legend: { show: false }, top: 16 };
  }
  const rows = legendRows(names, width);
  return {
    legend: {
      show: true,
      type: 'plain',
      top: 0,
      left: 0,
      right: 0,
      itemWidth: 14,
      itemHeight: 10,
      itemGap: 10,
      icon: 'roundRect',
      textStyle: { color: look.text, fontSize: 12, fontFamily: look.font },
      data: names,
    },
    top: rows * LEGEND_ROW + 12,
  };
}

function cartesian(spec, values, look, width) {
  const narrow = width < NARROW;
  const categories = (spec.categories || []).map(String);
  const series = seriesOf(spec);
  const stacked = spec.kind === 'stacked-bar';
  const bar = spec.kind === 'bar' || stacked;
  const top = legend(
    series.map((one) => one.name),
    look,
    width
  );
  // The axis says each category short ("Sep 9" for "Sep 9, 2026") when the server gives short
  // names; tooltips and the table keep the full ones. Labels stay level and whole: ECharts shows
  // every nth one that fits (interval auto) and hides any that would still overlap, never cutting
  // a word. A few long names (mechanics') wrap at their spaces within their share of the width;
  // a label's set width is also its room when thinning, so short labels get none.
  const short = Array.isArray(spec.axisLabels) && spec.axisLabels.length === categories.length
    ? spec.axisLabels.map(String)
    : categories;
  const share = Math.floor((width - 60) / Math.max(categories.length, 1));
  const longest = short.reduce((most, name) => Math.max(most, name.length), 0);
  const wrap = longest * 7 > share && share >= 56;
  return {
    legend: top.legend,
    grid: {
      left: 4,
      right: narrow ? 8 : 16,
      top: top.top,
      bottom: 4,
      outerBoundsMode: 'same',
      outerBoundsContain: 'axisLabel',
    },
    xAxis: {
      type: 'category',
      data: categories,
      boundaryGap: bar,
      axisTick: { show: false, alignWithLabel: true },
      axisLine: { lineStyle: { color: look.lines } },
      axisLabel: {
        color: look.text,
        fontSize: narrow ? 11 : 12,
        hideOverlap: true,
        interval: 'auto',
        rotate: 0,
        width: wrap ? Math.min(share, 140) : undefined,
        overflow: wrap ? 'break' : 'none',
        lineHeight: narrow ? 13 : 14,
        formatter: (value, index) => (short[index] === undefined ? value : short[index]),
      },
    },
    yAxis: {
      type: 'value',
      min: 0,
      max: spec.style === 'rating' ? 5 : undefined,
      minInterval: spec.style === 'count' ? 1 : undefined,
      splitNumber: narrow ? 3 : 5,
      axisLabel: {
        color: look.text,
        fontSize: narrow ? 11 : 12,
        formatter: (value) => values.short(value),
      },
      splitLine: { lineStyle: { color: look.lines } },
    },
    tooltip: { trigger: 'axis', axisPointer: { type: bar ? 'shadow' : 'line' } },
    series: series.map((one, index) => ({
      id: `s${index}:${one.name}`,
      name: one.name,
      type: bar ? 'bar' : 'line',
      stack: stacked ? 'total' : undefined,
      data: one.values,
      barMaxWidth: 36,
      itemStyle: bar
        ? { borderRadius: stacked && index < series.length - 1 ? 0 : [3, 3, 0, 0] }
        : undefined,
      showSymbol: !bar && categories.length <= 31,
      symbolSize: 6,
      lineStyle: bar ? undefined : { width: 2.5 },
      areaStyle: !bar && series.length === 1 ? { opacity: 0.12 } : undefined,
      connectNulls: false,
      emphasis: { focus: 'series' },
    })),
  };
}

function funnel(spec, values, look, width) {
  const narrow = width < NARROW;
  const steps = (spec.categories || []).map(String);
  const counts = seriesOf(spec)[0] ? seriesOf(spec)[0].values : [];
  const name = seriesOf(spec)[0] ? seriesOf(spec)[0].name : spec.title || '';
  const first = counts.length > 0 && counts[0] > 0 ? counts[0] : 0;
  const share = numberFormat(spec.locale || undefined, {
    style: 'percent',
    maximumFractionDigits: 0,
  });
  return {
    legend: { show: false },
    tooltip: {
      trigger: 'item',
      formatter: (item) =>
        `${escapeHtml(item.name)}<br><b>${escapeHtml(values.full(item.value))}</b>` +
        (first && typeof item.value === 'number'
          ? ` (${escapeHtml(share(item.value / first))})`
          : ''),
    },
    series: [
      {
        id: 'funnel',
        name,
        type: 'funnel',
        sort: 'none',
        left: narrow ? '4%' : '10%',
        right: narrow ? '4%' : '10%',
        top: 8,
        bottom: 8,
        minSize: narrow ? '40%' : '25%',
        maxSize: '100%',
        gap: 2,
        // On a phone a step's words may be wider than the step: they sit on a light pill.
        label: {
          show: true,
          position: 'inside',
          fontSize: narrow ? 11 : 13,
          formatter: (item) => `${item.name}  ${values.full(item.value)}`,
          ...(narrow
            ? {
                color: look.ink,
                backgroundColor: 'rgba(255, 255, 255, 0.9)',
                padding: [2, 6],
                borderRadius: 4,
              }
            : {}),
        },
        labelLayout: { hideOverlap: true },
        itemStyle: { borderColor: look.base, borderWidth: 1 },
        data: steps.map((step, index) => ({
          name: step,
          value: counts[index],
          // The steps in teal, white words; the last, where the funnel leads, in amber.
          itemStyle: { color: look.palette[index === steps.length - 1 ? 1 : 0] },
          label: narrow ? {} : { color: index === steps.length - 1 ? look.ink : '#ffffff' },
        })),
      },
    ],
  };
}

function heatMap(spec, values, look, width) {
  const narrow = width < NARROW;
  const columns = (spec.categories || []).map(String);
  const rows = (spec.rows || []).map(String);
  const cells = (spec.cells || []).filter(
    (cell) => Array.isArray(cell) && cell[0] < columns.length && cell[1] < rows.length
  );
  const highest = cells.reduce(
    (most, cell) => (typeof cell[2] === 'number' ? Math.max(most, cell[2]) : most),
    0
  );
  const labelled = columns.length * rows.length <= (narrow ? 35 : 84);
  return {
    legend: { show: false },
    grid: {
      left: 4,
      right: 8,
      top: 8,
      bottom: 4,
      outerBoundsMode: 'same',
      outerBoundsContain: 'axisLabel',
    },
    tooltip: {
      trigger: 'item',
      formatter: (item) =>
        `${escapeHtml(rows[item.value[1]])}, ${escapeHtml(columns[item.value[0]])}<br>` +
        `<b>${escapeHtml(values.full(item.value[2]))}</b>`,
    },
    xAxis: {
      type: 'category',
      data: columns,
      position: 'top',
      splitArea: { show: false },
      axisTick: { show: false },
      axisLine: { show: false },
      axisLabel: { color: look.text, fontSize: narrow ? 10 : 12, hideOverlap: true, interval: 'auto' },
    },
    yAxis: {
      type: 'category',
      data: rows,
      inverse: true,
      axisTick: { show: false },
      axisLine: { show: false },
      axisLabel: {
        color: look.text,
        fontSize: narrow ? 10 : 12,
        width: narrow ? 64 : 120,
        overflow: 'truncate',
      },
    },
    visualMap: {
      type: 'continuous',
      show: false,
      min: 0,
      max: highest > 0 ? highest : 1,
      dimension: 2,
      inRange: { color: [look.surface, look.palette[2], look.palette[0], look.palette[3]] },
    },
    series: [
      {
        id: 'cells',
        name: spec.title || '',
        type: 'heatmap',
        data: cells,
        itemStyle: { borderColor: look.base, borderWidth: 2, borderRadius: 3 },
        label: {
          show: labelled,
          fontSize: narrow ? 10 : 11,
          formatter: (item) => values.short(item.value[2]),
        },
        emphasis: { itemStyle: { borderColor: look.ink, borderWidth: 1 } },
      },
    ],
  };
}

function gauge(spec, values, look, width) {
  const narrow = width < NARROW;
  const max = typeof spec.max === 'number' && spec.max > 0 ? spec.max : 100;
  const value = typeof spec.value === 'number' ? spec.value : 0;
  return {
    legend: { show: false },
    tooltip: { show: false },
    series: [
      {
        id: 'gauge',
        name: spec.title || '',
        type: 'gauge',
        min: 0,
        max,
        startAngle: 200,
        endAngle: -20,
        radius: narrow ? '88%' : '92%',
        center: ['50%', '60%'],
        progress: { show: true, width: narrow ? 14 : 18, roundCap: true },
        itemStyle: { color: value > max ? look.palette[1] : look.palette[0] },
        axisLine: { roundCap: true, lineStyle: { width: narrow ? 14 : 18, color: [[1, look.lines]] } },
        axisTick: { show: false },
        splitLine: { show: false },
        axisLabel: { show: false },
        pointer: { show: false },
        anchor: { show: false },
        title: { show: false },
        detail: {
          offsetCenter: [0, '0%'],
          fontSize: narrow ? 24 : 30,
          fontWeight: 600,
          color: look.ink,
          // The value itself, even past the maximum the arc stops at.
          formatter: () => values.full(value),
        },
        data: [{ value: Math.max(0, Math.min(value, max)), name: spec.title || '' }],
      },
    ],
  };
}

function escapeHtml(text) {
  return String(text == null ? '' : text).replace(
    /[&<>"']/g,
    (character) =>
      ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[character]
  );
}

customElements.define('otopair-chart', OtopairChart);
