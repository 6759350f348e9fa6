import type { StopKind } from './types.js';

/** Colours and legend wording per stop kind, shared by every renderer so the three outputs agree. */
export const STOP_STYLE: Record<StopKind, { stroke: string; fill: string; legend: string }> = {
  customer: {
    stroke: '#1565c0',
    fill: '#e3f2fd',
    legend: "customer data stops in the customer's own systems or accounts",
  },
  internal: { stroke: '#2e7d32', fill: '#e8f5e9', legend: 'customer data stops here, inside the company' },
  external: { stroke: '#b26a00', fill: '#fff3e0', legend: 'customer data stops at a sub-processor' },
  'training-opt-in': {
    stroke: '#6a1b9a',
    fill: '#f3e5f5',
    legend: 'training sink reached only through opt-in flows',
  },
  training: { stroke: '#c62828', fill: '#ffebee', legend: 'training sink reached without opt-in' },
};

/** Flows that carry no customer data, and places where none rests. */
export const NEUTRAL = { stroke: '#757575', fill: '#ffffff' } as const;

export const FONT = 'Helvetica,Arial,sans-serif';

/** Kinds drawn as stores (a cylinder) rather than as a process box. */
export { STORE_KINDS } from '../map/index.js';

/** Wording shared by the legends of all formats. */
export const LEGEND = {
  trainingSink: 'training sink (training, fine-tuning)',
  tenantBoundary: 'tenant boundary: tenants separated below the application',
  subprocessor: 'sub-processor: outside the company boundary',
  customerRun: "run by each customer, or under each customer's own account: not a sub-processor",
  customerRunOrAnonymous:
    "run by each customer, under each customer's own account, or reached by its installation anonymously: not a sub-processor",
  gated: 'dashed: only for tenants that opted in',
  conditional: 'dotted: under another condition',
  edgeLabel: 'edge label: purpose, then the data classes carried',
} as const;
