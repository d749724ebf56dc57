/**
 * The docs site's playground: the reader's text and article date feed every panel, live. Each
 * panel is one module (a {@link Panel}) listed in PANELS; a panel that needs another library
 * entry adds its name to PLAYGROUND_LIBRARIES (libraries.ts: the docs build then bundles
 * `dist/<name>/index.js` to `assets/tansiq/<name>.js` and loads it on the page) and its type to
 * `Libraries` (lib.ts), and reads it with `library('<name>')`.
 */
import { datesPanel } from './dates-panel.js';
import { extractPanel } from './extract-panel.js';
import { h, setDirection } from './lib.js';
import type { Panel, PanelContext } from './lib.js';
import { namesPanel } from './names-panel.js';

/** The panels, in page order. */
export const PANELS: readonly Panel[] = [datesPanel, extractPanel, namesPanel];

function start(): void {
  const root = document.getElementById('tq-playground');
  const text = document.getElementById('tq-text') as HTMLTextAreaElement | null;
  const reference = document.getElementById('tq-reference') as HTMLInputElement | null;
  const panels = document.getElementById('tq-panels');
  if (root === null || text === null || reference === null || panels === null) return;

  const listeners: (() => void)[] = [];
  let scheduled = false;
  const changed = () => {
    if (scheduled) return;
    scheduled = true;
    requestAnimationFrame(() => {
      scheduled = false;
      setDirection(text, text.value);
      for (const listener of listeners) listener();
    });
  };
  text.addEventListener('input', changed);
  reference.addEventListener('input', changed);

  const context: PanelContext = {
    text: () => text.value,
    reference: () => (/^\d{4}-\d{2}-\d{2}$/.test(reference.value) ? reference.value : undefined),
    onChange(listener) {
      listeners.push(listener);
      listener();
    },
  };

  for (const panel of PANELS) {
    const heading = h('h2', { id: `tq-${panel.id}-heading` }, panel.title);
    const section = h('section', { id: `tq-${panel.id}`, class: 'tq-panel', 'aria-labelledby': heading.id }, heading);
    panels.append(section);
    try {
      panel.mount(section, context);
    } catch (caught) {
      section.append(
        h('p', { class: 'tq-error', role: 'alert' }, caught instanceof Error ? caught.message : String(caught)),
      );
    }
  }
  setDirection(text, text.value);
  root.classList.add('tq-ready');
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
