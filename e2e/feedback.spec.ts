/**
 * "Was this helpful?" in a browser, on the fixture server's own article: vote Yes with a reason, vote No with a
 * comment, see both on /insights (the comment as text, never as HTML), and vote with JavaScript switched off.
 * Each test is a new browser (voter); a token per run tells this run's comments from earlier runs'.
 */
import { expect, type Page, test } from '@playwright/test';
import { FIXTURE_PORT } from '../playwright.config';

test.use({ baseURL: `http://localhost:${FIXTURE_PORT}` });

const ARTICLE = '/articles/feedback-target?cloud=fairfax';
const token = `run-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

function widget(page: Page) {
  return page.getByRole('region', { name: 'Was this helpful?' });
}

// The second test looks for the first one's vote on /insights.
test.describe.configure({ mode: 'serial' });

test('vote Yes with a reason', async ({ page }) => {
  await page.goto(ARTICLE);
  const region = widget(page);
  await region.getByRole('button', { name: 'Yes' }).click();
  await region.getByRole('radio', { name: 'Easy to follow' }).check();
  await region.getByRole('textbox', { name: 'Comment (optional)' }).fill(`yes ${token}`);
  await expect(region.getByText(`${`yes ${token}`.length}/999 characters`)).toBeVisible();
  await region.getByRole('button', { name: 'Send feedback' }).click();
  await expect(region.getByText('Thank you for your feedback.')).toBeVisible();
  // With JavaScript the reader stayed on the page.
  expect(page.url()).not.toContain('feedback=');
});

test('vote No with a comment, shown as text on /insights with the Yes vote', async ({ page, request }) => {
  const before = await (await request.get('/api/feedback/summary?articleId=feedback-target')).json();
  await page.goto(ARTICLE);
  const region = widget(page);
  await region.getByRole('button', { name: 'No' }).click();
  await expect(region.getByRole('group', { name: 'What went wrong?' })).toBeVisible();
  const comment = `<script>window.__pwned = 1</script> no ${token}`;
  await region.getByRole('textbox', { name: 'Comment (optional)' }).fill(comment);
  await region.getByRole('button', { name: 'Send feedback' }).click();
  await expect(region.getByText('Thank you for your feedback.')).toBeVisible();
  const after = await (await request.get('/api/feedback/summary?articleId=feedback-target')).json();
  expect(after.notHelpful).toBe(before.notHelpful + 1);

  await page.goto('/insights?ownershipId=E2E_Feedback');
  const comments = page.getByRole('region', { name: 'Latest comments' });
  await expect(comments.getByRole('cell', { name: comment, exact: true })).toBeVisible();
  expect(await page.evaluate(() => 'pwned' in window || '__pwned' in window)).toBe(false);
  const perArticle = page.getByRole('region', { name: 'Feedback per article' });
  const row = perArticle.getByRole('row').filter({ hasText: 'feedback-target' });
  await expect(row).toContainText('Easy to follow');
  await expect(row).toContainText('E2E_Feedback');
  // The Yes vote's comment is listed too (the previous test, another browser).
  await expect(comments.getByRole('cell', { name: `yes ${token}`, exact: true })).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('vote through the plain form: No, then a reason and a comment, then thanks', async ({ page, request }) => {
    await page.goto(ARTICLE);
    const region = widget(page);
    await region.getByRole('button', { name: 'No' }).click();
    await expect(page).toHaveURL(/feedback=no/);
    await region.getByRole('radio', { name: 'Out of date' }).check();
    await region.getByRole('textbox', { name: 'Comment (optional)' }).fill(`nojs ${token}`);
    await region.getByRole('button', { name: 'Send feedback' }).click();
    await expect(page).toHaveURL(/feedback=thanks/);
    await expect(region.getByText('Thank you for your feedback.')).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: 'Calibrate a widget sensor' })).toBeVisible();

    const comments = await (await request.get('/api/insights/comments?format=json&ownershipId=E2E_Feedback')).json();
    expect(comments.rows).toContainEqual(expect.objectContaining({ comment: `nojs ${token}`, reason: 'Out of date', helpful: 'No', cloud: 'fairfax' }));
  });
});

test('exports every table as CSV and JSON', async ({ request }) => {
  const csv = await request.get('/api/insights/feedback-articles?format=csv&ownershipId=E2E_Feedback');
  expect(csv.headers()['content-type']).toContain('text/csv');
  expect((await csv.text()).split('\r\n')[0]).toBe('Article,Title,Owner,Votes,Helpful,Not helpful,Helpful %,Reasons,Last vote');
  const json = await request.get('/api/insights/duplicate-ids?format=json');
  expect((await json.json()).rows).toContainEqual(expect.objectContaining({ articleId: 'shared-widget-id', count: 2 }));
  expect((await request.get('/api/insights/nope?format=csv')).status()).toBe(404);
  expect((await request.get('/api/insights/lint?format=xml')).status()).toBe(400);
});
