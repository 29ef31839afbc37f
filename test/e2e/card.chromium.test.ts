import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './harness/build-extension';
import { cardIsOpen, cardText, hoverEntity, waitForCard } from './harness/card-helpers';
import { useChromiumSuite } from './harness/chromium-suite';
import { waitForCompleteReport } from './harness/page-report';
import { readCardInPage } from './harness/pages';

// trt.global resolves to this machine, so a fixture can be read "on TRT World's site".
const suite = useChromiumSuite({ args: ['--host-resolver-rules=MAP trt.global 127.0.0.1'] });

describe('the card (Chromium)', () => {
  it("loads the card's own script only when a card is wanted, once per page", async () => {
    const page = await suite.session.context.newPage();
    // Every script the page runs, in any world, as the browser's debugger reports them.
    const cdp = await suite.session.context.newCDPSession(page);
    const scripts: string[] = [];
    cdp.on('Debugger.scriptParsed', (e) => {
      // (The fixture's frame runs the small frame script.)
      const path = e.url.startsWith('chrome-extension://') ? new URL(e.url).pathname : '';
      if (path && path !== '/frame.js') scripts.push(path);
    });
    await cdp.send('Debugger.enable');
    await page.goto(suite.server.url('/fixtures/article-basic.html'));
    const report = await waitForCompleteReport(suite.session.worker, page);
    expect(report?.total).toBeGreaterThan(0);
    await page.waitForTimeout(300);
    expect(scripts).toEqual(['/content-scripts/content.js']);
    await hoverEntity(page, 'keir-starmer');
    await waitForCard(page);
    await page.keyboard.press('Escape');
    await hoverEntity(page, 'donald-trump');
    await waitForCard(page);
    expect(scripts).toEqual(['/content-scripts/content.js', '/card.js']);
    await cdp.detach();
    await page.close();
  });

  it('keeps the card on screen and upright on a page whose styles reach every element, and breaks a long word', async () => {
    const { page } = await suite.open('/fixtures/hostile-styles.html');
    await hoverEntity(page, 'keir-starmer');
    await waitForCard(page);
    const card = await page.evaluate(() => {
      const el = document.querySelector('gloss-card')!.shadowRoot!.querySelector('.card')!;
      const box = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      return {
        box: { top: box.top, left: box.left, bottom: box.bottom, right: box.right },
        writingMode: style.writingMode,
        textTransform: style.textTransform,
        overflowWrap: style.overflowWrap,
      };
    });
    expect(card.box.top).toBeGreaterThanOrEqual(0);
    expect(card.box.left).toBeGreaterThanOrEqual(0);
    expect(card.box.bottom).toBeLessThanOrEqual(page.viewportSize()!.height);
    expect(card.box.right).toBeLessThanOrEqual(page.viewportSize()!.width);
    expect(card.writingMode).toBe('horizontal-tb');
    expect(card.textTransform).toBe('none');
    // A pack's long unbroken name wraps instead of running under Mute and Close.
    expect(card.overflowWrap).toBe('anywhere');
    await page.close();
  });

  it('opens the card just below its name on a page that zooms itself (html { zoom })', async () => {
    const { page } = await suite.open('/fixtures/zoomed.html');
    await hoverEntity(page, 'keir-starmer');
    await waitForCard(page);
    const { name, card } = await page.evaluate(() => {
      const range = (CSS.highlights.get('gloss-keir-starmer') as Highlight).values().next().value as Range;
      const box = (r: DOMRect) => ({ left: r.left, top: r.top, bottom: r.bottom, right: r.right });
      const el = document.querySelector('gloss-card')!.shadowRoot!.querySelector('.card')!;
      return { name: box(range.getBoundingClientRect()), card: box(el.getBoundingClientRect()) };
    });
    expect(Math.abs(card.left - name.left)).toBeLessThan(4);
    expect(card.top).toBeGreaterThan(name.bottom);
    expect(card.top - name.bottom).toBeLessThan(20);
    expect(card.bottom).toBeLessThanOrEqual(page.viewportSize()!.height);
    await page.close();
  });

  it('waits for the dwell before showing, and hides a moment after the pointer leaves', async () => {
    const { page } = await suite.open('/fixtures/article-basic.html');
    await hoverEntity(page, 'keir-starmer');
    await page.waitForTimeout(120);
    expect(await page.evaluate(cardIsOpen)).toBe(false);
    await waitForCard(page, 2000);
    await page.mouse.move(5, 790, { steps: 2 });
    await page.waitForTimeout(120);
    expect(await page.evaluate(cardIsOpen)).toBe(true);
    await page.waitForFunction(() => !document.querySelector('gloss-card'), null, { timeout: 2000 });
    await page.close();
  });

  it('stays open while the pointer is on the card, and Esc closes it', async () => {
    const { page } = await suite.open('/fixtures/article-basic.html');
    await hoverEntity(page, 'keir-starmer');
    await waitForCard(page);
    const card = (await page.evaluate(readCardInPage))!;
    await page.mouse.move((card.box.left + card.box.right) / 2, (card.box.top + card.box.bottom) / 2, {
      steps: 4,
    });
    await page.waitForTimeout(900);
    expect(await page.evaluate(cardIsOpen)).toBe(true);
    await page.keyboard.press('Escape');
    expect(await page.evaluate(cardIsOpen)).toBe(false);
    await page.close();
  });

  it('moves between mentions by keyboard, with focus inside the card and an announcement', async () => {
    const { page } = await suite.open('/fixtures/article-basic.html');
    await page.keyboard.press('Alt+Shift+KeyJ');
    await waitForCard(page);
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('GLOSS-CARD');
    expect(
      await page.evaluate(() => document.querySelector('gloss-card')!.shadowRoot!.activeElement?.className),
    ).toBe('card');
    expect((await page.evaluate(cardText, 'h2'))[0]).toBe('Coalition of the willing');
    await page.keyboard.press('Alt+Shift+KeyJ');
    await page.waitForFunction(
      () =>
        document.querySelector('gloss-card')?.shadowRoot?.querySelector('h2')?.textContent === 'Keir Starmer',
    );
    const live = await page.evaluate(() => document.querySelector('gloss-live')?.shadowRoot?.textContent);
    expect(live).toMatch(/^Keir Starmer, mention 1 of 2: The coalition of the willing met again/);
    for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
    expect(
      ['BUTTON', 'SUMMARY'].includes(
        (await page.evaluate(
          () => document.querySelector('gloss-card')!.shadowRoot!.activeElement?.tagName,
        ))!,
      ),
    ).toBe(true);
    await page.keyboard.press('Escape');
    expect(await page.evaluate(cardIsOpen)).toBe(false);
    await page.keyboard.press('Alt+Shift+KeyK');
    await waitForCard(page);
    expect((await page.evaluate(cardText, 'h2'))[0]).toBe('Coalition of the willing');
    await page.close();
  });

  it('names on-record speakers in the provenance line', async () => {
    const { page } = await suite.open('/fixtures/article-basic.html');
    await hoverEntity(page, 'patrick-turner');
    await waitForCard(page);
    const lines = await page.evaluate(cardText, 'li.fact .provenance');
    expect(lines.some((l) => /on record: Patrick Turner/.test(l))).toBe(true);
    expect(lines.filter((l) => /Patrick Turner/.test(l)).some((l) => /unnamed/.test(l))).toBe(false);
    await page.close();
  });

  it('opens a shortened fact title to the whole statement by click or key, and back', async () => {
    const { page, errors } = await suite.open('/fixtures/article-basic.html');
    /** In the page: the first shortened title of the open card, its text and whether it is open. */
    const toggle = () => {
      const button = document
        .querySelector('gloss-card')
        ?.shadowRoot?.querySelector<HTMLButtonElement>('button.statement-toggle');
      return button
        ? { text: button.textContent ?? '', expanded: button.getAttribute('aria-expanded') }
        : null;
    };
    let shortened: { text: string; expanded: string | null } | null = null;
    for (const entity of ['coalition-of-the-willing', 'keir-starmer', 'donald-trump', 'vladimir-putin']) {
      await hoverEntity(page, entity);
      await waitForCard(page);
      shortened = await page.evaluate(toggle);
      if (shortened) break;
      await page.keyboard.press('Escape');
    }
    expect(shortened, 'a card on the page with a shortened fact title').not.toBeNull();
    expect(shortened!.expanded).toBe('false');
    await page.locator('gloss-card button.statement-toggle').first().click();
    const opened = (await page.evaluate(toggle))!;
    expect(opened.expanded).toBe('true');
    expect(opened.text.length).toBeGreaterThan(shortened!.text.replace(/…$/, '').length);
    expect(opened.text.startsWith(shortened!.text.replace(/…$/, '').slice(0, 10))).toBe(true);
    expect(await page.evaluate(cardIsOpen)).toBe(true);
    // Focus stays on it: Enter closes it again.
    await page.keyboard.press('Enter');
    expect(await page.evaluate(toggle)).toEqual(shortened);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('copies the whole card as text, Markdown and a reference with one copy action', async () => {
    const { page } = await suite.open('/fixtures/article-basic.html');
    await suite.session.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: suite.server.origin,
    });
    await hoverEntity(page, 'keir-starmer');
    await waitForCard(page);
    const card = page.locator('gloss-card');
    // One copy action for the whole card: no fact has a button of its own but a shortened title's.
    expect(await card.locator('li.fact button:not(.statement-toggle)').count()).toBe(0);
    const copy = card.locator('button[data-action="copy"]');
    expect(await copy.getAttribute('aria-label')).toBe(
      'Copy the card for Keir Starmer: as text, as Markdown or as a reference',
    );
    const read = async (format: string) => {
      await copy.click();
      await card.locator(`button[data-copy="${format}"]`).click();
      await page.waitForFunction(
        () =>
          document.querySelector('gloss-card')?.shadowRoot?.querySelector('.copied')?.textContent ===
          'Copied',
      );
      const text = await page.evaluate(() => navigator.clipboard.readText());
      await page.evaluate(() => navigator.clipboard.writeText(''));
      return text;
    };
    const text = await read('text');
    expect(text).toMatch(/^Keir Starmer, Prime Minister of the United Kingdom\. /);
    expect(text).toMatch(/\nAs of 2025-06-05:\n- /);
    expect(text).toMatch(/Source: Gloss bundled dataset, version \d+\.\d+\.\d+$/);
    const markdown = await read('markdown');
    expect(markdown).toMatch(/^\*\*Keir Starmer\*\*, Prime Minister/);
    expect(markdown).toMatch(/\n- \*\*[^*]+\*\*: /);
    const reference = await read('reference');
    expect(reference).toMatch(
      /^Gloss\. Keir Starmer \[Dataset entry\]\. In Gloss bundled dataset \(Version \d+\.\d+\.\d+\)\. Retrieved \d{4}-\d{2}-\d{2}\.$/,
    );
    await page.close();
  });

  it('copies on a plain-http page too, where the clipboard API is missing', async () => {
    const page = await suite.session.context.newPage();
    await page.goto(suite.server.url('/fixtures/article-basic.html').replace('127.0.0.1', 'trt.global'));
    await page.waitForFunction(() => CSS.highlights.has('gloss-mention'), null, { timeout: 15_000 });
    expect(await page.evaluate(() => typeof navigator.clipboard)).toBe('undefined');
    await hoverEntity(page, 'patrick-turner');
    await waitForCard(page);
    await page.locator('gloss-card button[data-action="copy"]').click();
    await page.locator('gloss-card button[data-copy="text"]').click();
    await page.waitForFunction(
      () =>
        document.querySelector('gloss-card')?.shadowRoot?.querySelector('.copied')?.textContent === 'Copied',
    );
    const { page: reader } = await suite.open('/fixtures/article-basic.html');
    await suite.session.context.grantPermissions(['clipboard-read'], { origin: suite.server.origin });
    expect(await reader.evaluate(() => navigator.clipboard.readText())).toMatch(/^Patrick Turner, /);
    await reader.close();
    await page.close();
  });

  it.each(['keir-starmer', 'emmanuel-macron', 'giorgia-meloni', 'vladimir-putin', 'donald-trump'])(
    'keeps the card inside the viewport and off the mention: %s',
    async (entity) => {
      const { page } = await suite.open('/fixtures/corners.html');
      const box = await hoverEntity(page, entity);
      await waitForCard(page);
      const card = (await page.evaluate(readCardInPage))!;
      expect(card.box.left).toBeGreaterThanOrEqual(0);
      expect(card.box.top).toBeGreaterThanOrEqual(0);
      expect(card.box.right).toBeLessThanOrEqual(card.viewport.width);
      expect(card.box.bottom).toBeLessThanOrEqual(card.viewport.height);
      expect(card.box.right - card.box.left).toBeGreaterThanOrEqual(320);
      const overlaps =
        card.box.left < box.x + box.width &&
        card.box.right > box.x &&
        card.box.top < box.y + box.height &&
        card.box.bottom > box.y;
      expect(overlaps).toBe(false);
      await page.close();
    },
  );

  it('follows a dark page; a page that paints no background is the white canvas, whatever the system', async () => {
    const background = () =>
      getComputedStyle(document.querySelector('gloss-card')!.shadowRoot!.querySelector('.card')!)
        .backgroundColor;
    const { page } = await suite.open('/fixtures/dark.html');
    await hoverEntity(page, 'keir-starmer');
    await waitForCard(page);
    expect(await page.evaluate(background)).toBe('rgb(24, 24, 27)');
    await page.close();
    const light = await suite.open('/fixtures/plain-background.html');
    await light.page.emulateMedia({ colorScheme: 'dark' });
    await hoverEntity(light.page, 'keir-starmer');
    await waitForCard(light.page);
    expect(await light.page.evaluate(background)).toBe('rgb(255, 255, 255)');
    await light.page.close();
  });

  it('fits a viewport the size of 200% zoom, and shifts nothing on the page when it opens', async () => {
    const { page } = await suite.open('/fixtures/article-basic.html');
    await page.setViewportSize({ width: 640, height: 400 });
    const layout = () => {
      const r = document.getElementById('p1')!.getBoundingClientRect();
      return [r.top, r.left, r.width, r.height, document.documentElement.scrollHeight];
    };
    const before = await page.evaluate(layout);
    await hoverEntity(page, 'keir-starmer');
    await waitForCard(page);
    const card = (await page.evaluate(readCardInPage))!;
    expect(card.box.right - card.box.left).toBeLessThanOrEqual(640 - 16);
    expect(card.box.left).toBeGreaterThanOrEqual(0);
    expect(card.box.right).toBeLessThanOrEqual(640);
    expect(card.box.bottom).toBeLessThanOrEqual(400);
    expect(await page.evaluate(layout)).toEqual(before);
    await page.close();
  });

  it('a card taller than its room scrolls inside with Copy and More whole at its foot', async () => {
    const { page } = await suite.open('/fixtures/article-basic.html');
    await page.setViewportSize({ width: 1280, height: 300 });
    await hoverEntity(page, 'coalition-of-the-willing');
    await waitForCard(page);
    const foot = await page.evaluate(() => {
      const root = document.querySelector('gloss-card')!.shadowRoot!;
      const card = root.querySelector<HTMLElement>('.card')!;
      const box = card.getBoundingClientRect();
      const shown = [...root.querySelectorAll<HTMLElement>('.card-foot button')].filter(
        (b) => b.offsetWidth > 0,
      );
      const tools = shown.map((button) => {
        const r = button.getBoundingClientRect();
        const at = root.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
        return { inside: r.top >= box.top && r.bottom <= box.bottom, hit: !!at && button.contains(at) };
      });
      return { scrolls: card.scrollHeight > card.clientHeight, tools };
    });
    expect(foot.scrolls).toBe(true);
    expect(foot.tools.length).toBeGreaterThanOrEqual(2);
    expect(foot.tools.every((t) => t.inside && t.hit)).toBe(true);
    await page.close();
  });

  it('passes axe-core with no violations on an open card', async () => {
    const { page } = await suite.open('/fixtures/article-basic.html');
    await hoverEntity(page, 'coalition-of-the-willing');
    await waitForCard(page);
    await page.addScriptTag({
      content: readFileSync(resolve(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8'),
    });
    const violations = await page.evaluate(async () => {
      const axe = (
        window as unknown as {
          axe: {
            run(ctx: unknown, opts: unknown): Promise<{ violations: { id: string; nodes: unknown[] }[] }>;
          };
        }
      ).axe;
      const result = await axe.run({ include: [['gloss-card', '.card']] }, { resultTypes: ['violations'] });
      return result.violations.map((v) => `${v.id} (${v.nodes.length})`);
    });
    expect(violations).toEqual([]);
    await page.close();
  });
});
