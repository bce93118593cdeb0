import { test, expect } from '@playwright/test';

test('a guest signs in and reaches the planner from the sidebar', async ({
  page,
}, testInfo) => {
  await page.goto('/');

  const enterButton = page.getByRole('button', { name: 'Enter' });
  await expect(enterButton).toBeVisible();
  await enterButton.click();

  const nav = page.getByRole('navigation', { name: 'sidebar nav' });
  await nav.getByRole('link', { name: 'LLM Planner' }).click();

  await expect(page).toHaveURL(/\/llm-planner$/);
  await expect(
    page.getByRole('heading', { name: 'LLM deployment planner' }),
  ).toBeVisible();
  // The page reached the planner backend through the real auth and database.
  await expect(
    page.getByText(/Planner backend connected: sqlite database/),
  ).toBeVisible();

  await page.screenshot({
    path: testInfo.outputPath('planner-page.png'),
    fullPage: true,
  });
  await testInfo.attach('planner-page', {
    path: testInfo.outputPath('planner-page.png'),
    contentType: 'image/png',
  });
});
