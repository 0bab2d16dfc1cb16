// Opens the demo report in Debian's headless Chromium (driven by playwright-core, no browser
// download) and checks that it renders with no console errors, with the chart decoded, and with
// the Coding and Strategies tables filled in.
// Usage: node browser-check.mjs REPORT.html SCREENSHOT.png
import { chromium } from 'playwright-core';
import { pathToFileURL } from 'node:url';

const [report, screenshot] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const problems = [];
try {
  const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
  page.on('console', m => { if (m.type() === 'error') problems.push(`console error: ${m.text()}`); });
  page.on('pageerror', e => problems.push(`page error: ${e.message}`));
  page.on('requestfailed', r => problems.push(`failed request: ${r.url().slice(0, 80)}`));
  await page.goto(pathToFileURL(report).href, { waitUntil: 'load' });
  const seen = await page.evaluate(() => {
    const chart = document.querySelector('img#profile-chart');
    return {
      title: document.querySelector('h1')?.textContent ?? '',
      synthetic: document.body.textContent.includes('SYNTHETIC DATA'),
      tables: document.querySelectorAll('table').length,
      headings: [...document.querySelectorAll('h2')].map(h => h.textContent),
      codingRows: document.querySelectorAll('table#coding tr td:first-child').length,
      strategyRows: document.querySelectorAll('table#strategies tr td:first-child').length,
      chart: chart ? { complete: chart.complete, width: chart.naturalWidth, height: chart.naturalHeight,
        inline: chart.src.startsWith('data:image/png;base64,') } : null,
    };
  });
  if (!seen.title) problems.push('no title');
  if (!seen.synthetic) problems.push('no synthetic-data note');
  if (seen.tables < 2) problems.push(`${seen.tables} tables, expected the scale and profile tables`);
  for (const h of ['Coding', 'Strategies']) {
    if (!seen.headings.includes(h)) problems.push(`no ${h} section`);
  }
  if (seen.codingRows < 1) problems.push('the Coding table has no rows');
  if (seen.strategyRows !== 10) problems.push(`the Strategies table has ${seen.strategyRows} rows, expected the top 10`);
  if (!seen.chart) problems.push('no chart');
  else if (!seen.chart.complete || seen.chart.width !== 960 || seen.chart.height !== 440 || !seen.chart.inline) {
    problems.push(`chart not rendered inline at 960x440: ${JSON.stringify(seen.chart)}`);
  }
  await page.screenshot({ path: screenshot, fullPage: true });
  console.log(`browser-check: "${seen.title}", ${seen.tables} tables, coding ${seen.codingRows} rows, strategies ${seen.strategyRows} rows, chart ${seen.chart?.width}x${seen.chart?.height}`);
} finally {
  await browser.close();
}
if (problems.length) {
  problems.forEach(p => console.error(`browser-check: ${p}`));
  process.exit(1);
}
