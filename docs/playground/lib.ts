import type * as Arabic from '../../src/arabic/index.js';
import type * as Extract from '../../src/extract/index.js';

/**
 * The library entries loaded on the page, by name. Each `assets/tansiq/<name>.js` bundle (built
 * from the package's `dist/<name>/index.js`) sets `globalThis.tansiq.<name>`.
 */
export interface Libraries {
  arabic: typeof Arabic;
  extract: typeof Extract;
}

/** A loaded library entry, or a clear error naming the missing bundle. */
export function library<K extends keyof Libraries>(name: K): Libraries[K] {
  const loaded = (globalThis as { tansiq?: Partial<Libraries> }).tansiq?.[name];
  if (loaded === undefined)
    throw new Error(`tansiq/${name} is not loaded: assets/tansiq/${name}.js is missing from the page`);
  return loaded as Libraries[K];
}

/** What a panel reads from the page: the text box, the article date, and change notices. */
export interface PanelContext {
  /** The text in the main text box. */
  text(): string;
  /** The article date (`YYYY-MM-DD`) for relative dates, if the reader gave one. */
  reference(): string | undefined;
  /** Calls `listener` whenever the text or the article date changes (and once at mount). */
  onChange(listener: () => void): void;
}

/** One panel of the playground: it fills its own section. */
export interface Panel {
  /** Unique id, used for element ids (`tq-<id>-…`). */
  readonly id: string;
  /** Heading of the panel's section. */
  readonly title: string;
  mount(section: HTMLElement, context: PanelContext): void;
}

/** Creates an element with attributes and children (text children are text nodes: never HTML). */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.append(...children);
  return element;
}

/** Arabic letters: such text is shown right to left (`dir="rtl"`, `lang="ar"`). */
export function isArabicText(text: string): boolean {
  return /\p{Script=Arabic}/u.test(text);
}

/** Sets `dir` and `lang` of an element showing `text`: right to left where the text is Arabic. */
export function setDirection(element: HTMLElement, text: string): void {
  element.dir = isArabicText(text) ? 'rtl' : 'ltr';
  element.lang = isArabicText(text) ? 'ar' : 'en';
}
