/** What the worker's earlier runs made from file contents (compiled templates, registries): each test run makes only what no earlier one did. */
import type { Reuse } from '../../src/pipeline.js';

export const reuse: Reuse = { templates: new Map(), registries: new Map() };
