/**
 * The library entries the playground loads, each bundled from the package's build
 * (`dist/<name>/index.js`) to `assets/tansiq/<name>.js` as the global `tansiq.<name>`.
 * Adding an entry here is all the docs build needs to ship another one.
 */
export const PLAYGROUND_LIBRARIES = ['arabic', 'extract'] as const;

/** A library entry the playground can load. */
export type PlaygroundLibrary = (typeof PLAYGROUND_LIBRARIES)[number];
