import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasShared, sharedMissingMessage } from './support/paths';
import { resolveFixturePath, startFixtureServer, type FixtureServer } from './support/server';

/** The harness's own server: the e2e suites trust it to serve exactly the fixtures and nothing else on disk. */
describe('fixture server', () => {
  let server: FixtureServer;

  beforeAll(async () => {
    server = await startFixtureServer();
  });

  afterAll(async () => {
    await server.close();
  });

  it('listens on 127.0.0.1 only', () => {
    expect(server.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it.skipIf(!hasShared)(
    `serves the seed article as HTML${hasShared ? '' : ` (skipped: ${sharedMissingMessage})`}`,
    async () => {
      const actual = await fetch(server.url('/shared/fixtures/seed-article.html'));

      expect(actual.status).toBe(200);
      expect(actual.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(await actual.text()).toContain("North Korea's Spy Satellite Program");
    },
  );

  it('serves the repository’s e2e fixtures', async () => {
    const actual = await fetch(server.url('/fixtures/e2e/not-an-article.html'));

    expect(actual.status).toBe(200);
    expect(await actual.text()).toContain('Harbourside Gazette');
  });

  it.each([
    ['/package.json'],
    ['/fixtures/../../package.json'],
    ['/fixtures/%2e%2e/%2e%2e/package.json'],
    ['/shared/data/README.md'],
    ['/fixtures/e2e/no-such-page.html'],
  ])('answers 404 for %s', async (pathname) => {
    const actual = await fetch(`${server.origin}${pathname}`);

    expect(actual.status).toBe(404);
  });

  it.each([
    ['/fixtures/../../package.json', null],
    ['/fixtures/%2e%2e/%2e%2e/package.json', null],
    ['/elsewhere/x.html', null],
    ['/fixtures/%E0%A4%A', null],
  ])('resolveFixturePath(%s) stays inside the mounts', (pathname, expected) => {
    expect(resolveFixturePath(pathname)).toBe(expected);
  });
});
