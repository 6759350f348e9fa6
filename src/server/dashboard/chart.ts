import { escapeHtmlText } from '../../core/encode.js';
import type { DayStatus } from '../push/derive.js';

/** Status colours with AA contrast on light and dark backgrounds; the legend and tables also name them. */
const STATUS_DOMAIN: DayStatus[] = ['pass', 'needs-evidence', 'fail', 'no-data'];
const STATUS_RANGE = ['#2e8b57', '#d4a017', '#c0392b', '#8c8c8c'];

type VegaModules = { vega: typeof import('vega'); vegaLite: typeof import('vega-lite') };
let modules: Promise<VegaModules> | undefined;

/** Vega and Vega-Lite load once, on the first chart (they are large; other commands never load them). */
function loadVega(): Promise<VegaModules> {
  modules ??= Promise.all([import('vega'), import('vega-lite')]).then(([vega, vegaLite]) => ({
    vega,
    vegaLite,
  }));
  return modules;
}

/** One control's status on one day. */
export interface TimelineCell {
  control: string;
  date: string;
  status: DayStatus;
}

/**
 * A status timeline (controls down, days across) as SVG, rendered on the server with Vega-Lite: no client
 * script. Text uses `currentColor`, the background is transparent, so it follows the page's light or dark
 * colours. ARIA marks are off; the caller wraps the SVG in a labelled figure with a text alternative.
 */
export async function timelineSvg(
  cells: readonly TimelineCell[],
  options: { width?: number; title: string },
): Promise<string> {
  const { vega, vegaLite } = await loadVega();
  const controls = new Set(cells.map((cell) => cell.control)).size;
  const spec = {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    width: options.width ?? 640,
    height: Math.max(18, controls * 16),
    background: null,
    data: { values: cells },
    mark: { type: 'rect', aria: false },
    encoding: {
      x: {
        field: 'date',
        type: 'ordinal',
        title: null,
        axis: { labelExpr: 'slice(datum.value, 5)', labelOverlap: 'greedy', labelAngle: -45 },
      },
      y: { field: 'control', type: 'nominal', title: null },
      color: {
        field: 'status',
        type: 'nominal',
        title: 'Status',
        scale: { domain: STATUS_DOMAIN, range: STATUS_RANGE },
      },
    },
    config: {
      aria: false,
      font: 'system-ui, sans-serif',
      axis: {
        labelColor: 'currentColor',
        titleColor: 'currentColor',
        domainColor: 'currentColor',
        tickColor: 'currentColor',
        labelFontSize: 11,
      },
      legend: { labelColor: 'currentColor', titleColor: 'currentColor', orient: 'bottom' },
      view: { stroke: null },
    },
  };
  const compiled = vegaLite.compile(spec as never).spec;
  const view = new vega.View(vega.parse(compiled), { renderer: 'none' });
  try {
    const svg = await view.toSVG();
    // The SVG is an image with a label; the figure around it carries the text alternative.
    return svg.replace(
      '<svg ',
      `<svg role="img" aria-label="${escapeHtmlText(options.title)}" focusable="false" `,
    );
  } finally {
    view.finalize();
  }
}
