/** Templates compiled by the worker's earlier runs (in-process CLI runs, run contexts): each test run compiles only what no earlier one did. */
import type { CompiledSpecs } from '../../src/render.js';

export const compiledTemplates: CompiledSpecs = new Map();
