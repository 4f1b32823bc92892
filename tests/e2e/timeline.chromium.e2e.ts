import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeExport, RESPONSE, SATELLITE, SUMMIT } from '../fixtures/timeline/articles';
import { runAxe } from './support/axe';
import { chromiumMissingMessage, hasChromium } from './support/browsers';
import { launchChromium } from './support/chromium';
import type { ExtensionBrowser, Tab } from './support/driver';
import { screenshotDir } from './support/paths';

/**
 * The timeline page in the built extension, in Chromium: import a Dateline JSON export through the file input, see
 * the merged timeline, filter, zoom by keyboard, export JSON and CSV as downloads, re-import (nothing duplicated),
 * refuse a broken file, and pass axe-core. Writes timeline.png (light) and timeline-dark.png to the screenshot folder.
 */
describe.skipIf(!hasChromium)(hasChromium ? 'timeline page (chromium)' : chromiumMissingMessage, () => {
  let browser: ExtensionBrowser<Page>;
  let tab: Tab<Page>;
  let page: Page;
  const work = mkdtempSync(path.join(tmpdir(), 'dateline-timeline-e2e-'));
  const exportFile = path.join(work, 'demo-export.json');

  const status = () => page.textContent('[role=status]');
  const eventCount = () => page.locator('.event').count();
  const summary = () => page.textContent('.timeline-page__summary');

  async function importFile(file: string): Promise<string> {
    const before = await status();
    await page.setInputFiles('input[type=file]', file);
    await page.waitForFunction((old) => {
      const text = document.querySelector('[role=status]')?.textContent ?? '';
      return text !== '' && text !== old;
    }, before);
    return (await status()) ?? '';
  }

  async function download(button: string): Promise<string> {
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.click(`.export-menu button:text-is("${button}")`),
    ]);
    const target = path.join(work, file.suggestedFilename());
    await file.saveAs(target);
    return target;
  }

  beforeAll(async () => {
    const doc = makeExport([SATELLITE, SUMMIT, RESPONSE]);
    doc.collections.push({
      name: 'Alliances',
      createdAt: doc.collections[0]!.createdAt,
      articles: [RESPONSE.article.url],
    });
    writeFileSync(exportFile, JSON.stringify(doc));
    browser = await launchChromium();
    tab = await browser.openExtensionPage('timeline.html', { width: 1400, height: 900 });
    page = tab.page;
  });

  afterAll(async () => {
    await browser?.close();
    rmSync(work, { recursive: true, force: true });
  });

  it('imports an export and shows the merged timeline', async () => {
    const actual = await importFile(exportFile);

    expect(actual).toBe('Imported demo-export.json: 3 new articles, 2 new collections.');
    await page.waitForSelector('.event');
    expect(await summary()).toBe('15 events from 3 articles; 2 events reported by several articles, shown once');
    const may = page.locator('.event', { hasText: 'May 2023' });
    expect(await may.locator('.event__sources a').count()).toBe(2);
    expect(await page.locator('.timeline-chart g.marker').count()).toBeGreaterThan(5);
  });

  it('has no axe-core violations, and looks right in light and dark', async () => {
    const violations = await runAxe(page);

    expect(violations).toEqual([]);
    mkdirSync(screenshotDir, { recursive: true });
    await page.screenshot({ path: path.join(screenshotDir, 'timeline.png') });
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await runAxe(page)).toEqual([]);
    await page.screenshot({ path: path.join(screenshotDir, 'timeline-dark.png') });
    await page.emulateMedia({ colorScheme: 'light' });
  });

  it('filters by person and zooms with the keyboard', async () => {
    await page.getByLabel('Person').selectOption('vladimir-putin');
    await page.waitForFunction(() => document.querySelectorAll('.event').length === 1);
    expect(await page.textContent('.export-menu legend')).toBe('Export: Vladimir Putin');
    expect(page.url()).toContain('person=vladimir-putin');

    await page.focus('.timeline-chart__svg');
    const before = await page.textContent('.timeline-chart__range');
    await page.keyboard.press('-');
    expect(await page.textContent('.timeline-chart__range')).not.toBe(before);

    await page.click('button:text-is("Clear filters")');
    await page.waitForFunction(() => document.querySelectorAll('.event').length > 1);
  });

  it('exports JSON and CSV as downloads named by scope and date', async () => {
    const json = await download('JSON');
    const csv = await download('CSV');

    expect(path.basename(json)).toMatch(/^dateline-all-\d{4}-\d{2}-\d{2}\.json$/);
    const doc = JSON.parse(readFileSync(json, 'utf8'));
    expect([doc.format, doc.version, doc.articles.length, doc.collections.length]).toEqual([
      'dateline-export',
      1,
      3,
      2,
    ]);
    const rows = Papa.parse<string[]>(readFileSync(csv, 'utf8'), { skipEmptyLines: true });
    expect(rows.errors).toEqual([]);
    expect(rows.data).toHaveLength(1 + 17);
  });

  it('re-imports its own export without duplicating anything', async () => {
    const json = await download('JSON');
    const events = await eventCount();

    const actual = await importFile(json);

    expect(actual).toMatch(/0 new articles, 0 new collections; 3 articles already here kept as they are\.$/);
    expect(await eventCount()).toBe(events);
  });

  it('refuses a broken file with a clear message and changes nothing', async () => {
    const broken = path.join(work, 'broken.json');
    writeFileSync(
      broken,
      '{"format":"dateline-export","version":1,"exportedAt":"2023-11-20T12:00:00Z","articles":[{}]',
    );
    const events = await eventCount();

    const actual = await importFile(broken);

    expect(actual).toMatch(/^The file is not valid JSON .* Nothing was changed\.$/);
    expect(await eventCount()).toBe(events);
  });

  it('manages collections by keyboard: show one, export it in all four formats, rename, delete (articles stay)', async () => {
    const focusText = () => document.activeElement?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
    // Focus moves in an effect after the render: wait for it rather than read it at once.
    const focused = async (expected: string) => {
      await page.waitForFunction(`(${focusText.toString()})() === ${JSON.stringify(expected)}`).catch(() => undefined);
      return page.evaluate(focusText);
    };
    expect(await page.locator('.collection__name').allTextContents()).toEqual(['Alliances', 'Korea']);

    await page.getByRole('button', { name: /^Korea/ }).focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() =>
      document.querySelector('.timeline-page__summary')?.textContent?.includes('from 2 articles'),
    );
    expect(await page.textContent('.export-menu legend')).toBe('Export: Collection: Korea');
    expect(page.url()).toMatch(/collection=\d+/);

    const files: string[] = [];
    for (const format of ['JSON', 'CSV', 'TimelineJS', 'Web Annotation'])
      files.push(path.basename(await download(format)));
    expect(files.map((f) => f.replace(/\d{4}-\d{2}-\d{2}/, 'DAY'))).toEqual([
      'dateline-collection-korea-DAY.json',
      'dateline-collection-korea-DAY.csv',
      'dateline-collection-korea-DAY.timelinejs.json',
      'dateline-collection-korea-DAY.jsonld',
    ]);
    const exported = JSON.parse(readFileSync(path.join(work, files[0]!), 'utf8'));
    expect(exported.articles.map((a: { article: { url: string } }) => a.article.url).sort()).toEqual(
      [SATELLITE.article.url, SUMMIT.article.url].sort(),
    );

    // Exporting keeps the focus on the export button; back to the collection's row.
    expect(await focused('Web Annotation')).toBe('Web Annotation');
    await page.getByRole('button', { name: /^Korea/ }).focus();
    await page.keyboard.press('Tab');
    expect(await focused('Rename “Korea”')).toBe('Rename “Korea”');
    await page.keyboard.press('Enter');
    const focusedLabel = () => document.activeElement?.getAttribute('aria-label') ?? null;
    await page.waitForFunction(`(${focusedLabel.toString()})() === 'New name for “Korea”'`).catch(() => undefined);
    expect(await page.evaluate(focusedLabel)).toBe('New name for “Korea”');
    expect(await runAxe(page)).toEqual([]);
    await page
      .locator('.collections')
      .screenshot({ path: path.join(screenshotDir, 'timeline-collections-rename.png') });
    await page.keyboard.type('Korea 2023');
    await page.keyboard.press('Enter');
    await page.getByText('Renamed “Korea” to “Korea 2023”.').waitFor();
    expect(await focused('Rename “Korea 2023”')).toBe('Rename “Korea 2023”');
    await expect.poll(() => page.textContent('.export-menu legend')).toBe('Export: Collection: Korea 2023');

    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await focused('Cancel')).toBe('Cancel');
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await runAxe(page)).toEqual([]);
    await page
      .locator('.collections')
      .screenshot({ path: path.join(screenshotDir, 'timeline-collections-delete-dark.png') });
    await page.emulateMedia({ colorScheme: 'light' });
    await page.keyboard.press('Shift+Tab');
    expect(await focused('Delete collection')).toBe('Delete collection');
    await page.keyboard.press('Enter');

    await page.getByText(/^Deleted the collection “Korea 2023”; its 2 articles stay in your history\.$/).waitFor();
    await expect.poll(() => page.locator('.collection__name').allTextContents()).toEqual(['Alliances']);
    expect(await focused('Collections')).toBe('Collections');
    await page.waitForFunction(() =>
      document.querySelector('.timeline-page__summary')?.textContent?.includes('from 3 articles'),
    );
    expect(page.url()).not.toContain('collection=');
  });
});
