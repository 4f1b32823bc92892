/** Size of the tab an extension page is opened in; the popup is about this size in a real toolbar. */
export interface Viewport {
  width: number;
  height: number;
}

/** A rectangle of the viewport, in CSS pixels. */
export interface Clip {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The popup's size in screenshots and tests (Chrome caps popups at 800×600). */
export const popupViewport: Viewport = { width: 420, height: 600 };

/**
 * One browser tab, the same for Chromium (Playwright) and Firefox (Puppeteer over WebDriver BiDi), so a scenario can
 * be written once. `page` is the driver's own page object for anything the common surface lacks (hover, requests).
 */
export interface Tab<Page = unknown> {
  readonly page: Page;
  /** Navigates and resolves once the DOM is parsed (subresources may still be loading). */
  goto(url: string): Promise<void>;
  /** The URL the tab shows now. */
  url(): Promise<string>;
  /** `document.body.innerText`, the text a reader sees. */
  text(): Promise<string>;
  /** Runs `fn(arg)` in the page and returns its serialisable result. */
  evaluate<R, A>(fn: (arg: A) => R, arg: A): Promise<R>;
  reload(): Promise<void>;
  /** Writes a PNG of the viewport, or of `clip` within it. */
  screenshot(file: string, clip?: Clip): Promise<void>;
  close(): Promise<void>;
}

/** A browser with the built Dateline extension installed, on a fresh temporary profile. */
export interface ExtensionBrowser<Page = unknown> {
  readonly name: 'chromium' | 'firefox';
  /** `chrome-extension://<id>/` or `moz-extension://<uuid>/`. */
  readonly extensionBaseUrl: string;
  /** A new tab, for web pages. */
  newTab(viewport?: Viewport): Promise<Tab<Page>>;
  /** A new tab showing one of the extension's pages (default the popup), ready once its DOM is parsed. */
  openExtensionPage(pathname?: string, viewport?: Viewport): Promise<Tab<Page>>;
  /** Closes the browser and deletes its profile. */
  close(): Promise<void>;
}
