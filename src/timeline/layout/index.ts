/** The timeline's layout: pure functions from items to geometry (no DOM). */
export * from './types.ts';
export * from './timeline.ts';
export * from './overview.ts';
export * from './axis.ts';
export * from './ticks.ts';
export * from './focus.ts';
export * from './lanes.ts';
export * from './pack.ts';
export * from './text.ts';
export * from './place.ts';
