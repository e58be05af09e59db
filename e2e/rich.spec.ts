import { expect, type Page, test } from './support/test';

const VPN_FORM = '/articles/c584310f-844a-4a27-afe2-2651ec7ba343';
const VM_FORM = '/articles/f81971c8-16f0-49af-a801-2a86ee33a804';
const CPU_INSIGHT = '/articles/cf0c206c-1317-413e-9d11-003d2c5e9453';
const RCA = '/articles/0b5008de-5c6f-4eac-9b44-052bbf0e7aa7';
const HEALTH = '/articles/servicehealthinsights-microsoft.web-sites-healthannotation_Example';
const KV_APOLLO = '/articles/f21e7d99-239b-4ddb-adef-a39702b5c432';
const DISK_APOLLO = '/articles/a3720c44-db97-4b85-99f1-115fa8e62eb2';
const DIAGNOSE = '/articles/6cf4c171-12b3-4a54-adf8-2a8dcf27d53d';
const ADVISOR = '/articles/8afe6b5b-2658-47e6-97b2-ccfc1935cb84_Public';
const TOPICS = '/articles/keyvault-supporttopicdescription';
const TOOLS = '/articles/e0bcb27d-a30f-405b-90b3-235cbfd62ac8';
const TSG_QUESTIONS = '/articles/33196a4d-edd4-4016-9041-6f9e12f82ba3';
const SUB = '00000000-0000-0000-0000-0000000000aa';
const VM = `/subscriptions/${SUB}/resourceGroups/rg-web/providers/Microsoft.Compute/virtualMachines/web01`;

async function choose(page: Page, question: string, option: string) {
  await page.getByRole('combobox', { name: question }).selectOption({ label: option });
}

/** Page text must never show raw comments, JSON or Apollo markup. */
async function expectNoRawMarkup(page: Page) {
  const text = (await page.locator('main').innerText()).replace(/\s+/g, ' ');
  for (const raw of ['<!--', 'formElements', ':::Section', '"$schema"', '{"', '<insight', '<metric', '<video']) expect(text).not.toContain(raw);
}

test.describe('scoping forms', () => {
  test('questions appear and disappear as the answers change', async ({ page }) => {
    await page.goto(VPN_FORM);
    const form = page.getByRole('form', { name: 'Scoping questions' });
    const device = form.getByRole('textbox', { name: 'Vendor and model of the on-premises device' });
    const clientOs = form.getByRole('combobox', { name: 'Operating system of the VPN client' });
    await expect(device).toHaveCount(0);
    await expect(clientOs).toHaveCount(0);

    await choose(page, 'Type of connection', 'Point to site');
    await expect(clientOs).toBeVisible();
    await expect(device).toHaveCount(0);

    // `(tunnel_kind == Site to site || tunnel_kind == VNet to VNet) && symptom != dont_know_answer`
    await choose(page, 'Type of connection', 'Site to site (IPsec)');
    await expect(clientOs).toHaveCount(0);
    await expect(device).toBeVisible();
    await expect(device).toHaveAttribute('placeholder', 'For example, Contoso Edge 3000 firmware 9.1');
    await expect(device).toHaveAttribute('maxlength', '200');
    await choose(page, 'What do you observe?', 'Something else');
    await expect(device).toHaveCount(0);
    await choose(page, 'What do you observe?', 'The tunnel drops from time to time');
    await device.fill('Contoso Edge 3000');
  });

  test('shows portal-filled options with their defaults, and copies the answers as text', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(VPN_FORM);
    await expect(page.getByText('The portal fills in this list from your resources')).toBeVisible();
    await choose(page, 'Which connection is affected?', 'The connection is not listed');
    await choose(page, 'Type of connection', 'VNet to VNet');
    await page.getByRole('textbox', { name: 'Details', exact: true }).fill('Tunnel flaps every hour.');
    const answers = page.getByRole('textbox', { name: 'Answers for the additional details' });
    await expect(answers).toHaveValue(
      'Which connection is affected?: The connection is not listed\nType of connection: VNet to VNet\nDetails: Tunnel flaps every hour.',
    );
    await expect(answers).toHaveAttribute('readonly', '');
    await expect(page.getByText('2 required questions are not answered yet.')).toBeVisible();
    await page.getByRole('button', { name: 'Copy answers' }).click();
    await expect(page.getByText(/^Copied\./)).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('Type of connection: VNet to VNet');
  });

  test('radio groups, multi-selects, numbers, dates, info balloons, hints and info blocks work', async ({ page }) => {
    await page.goto(VM_FORM);
    const form = page.getByRole('form', { name: 'Scoping questions' });
    await form.getByRole('radio', { name: 'The connection is refused right away' }).check();
    const changed = form.getByRole('group', { name: 'Which of these changed shortly before the problem began?' });
    await changed.getByRole('checkbox', { name: 'Network security group rules' }).check();
    await changed.getByRole('checkbox', { name: 'Operating system updates' }).check();
    await choose(page, 'Which operating system runs on the VM?', 'Linux');
    const port = form.getByRole('spinbutton', { name: /Which port does the SSH server listen on/ });
    await port.fill('2222');
    await form.getByLabel('When did the problem start?').fill('2024-05-01T09:30');
    // The info balloon is a disclosure; hints and the info block are plain text.
    await form.getByText('More about this question').first().click();
    await expect(page.getByText('Leave the default if you have not changed the SSH configuration.')).toBeVisible();
    await expect(form.getByText('Which computer or network you connect from · Whether other VMs in the same network are reachable')).toBeVisible();
    await expect(form.getByText('Tip: the boot diagnostics screenshot often shows whether the guest finished starting.')).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Answers for the additional details' })).toHaveValue(
      [
        'Which operating system runs on the VM?: Linux',
        'What happens when you try to connect?: The connection is refused right away',
        'Which port does the SSH server listen on?: 2222',
        'Which of these changed shortly before the problem began?: Network security group rules, Operating system updates',
        'When did the problem start?: 2024-05-01 09:30',
      ].join('\n'),
    );
  });

  test('troubleshooter questions are radio groups', async ({ page }) => {
    await page.goto(TSG_QUESTIONS);
    await page.getByRole('radio', { name: 'Yes, it shows Connected' }).check();
    await expect(page.getByRole('textbox', { name: 'Answers for the additional details' })).toHaveValue(/Connected\?: Yes, it shows Connected/);
    await expectNoRawMarkup(page);
  });
});

test.describe('insights', () => {
  test('a diagnostic takes token values from the URL into its insight card', async ({ page }) => {
    await page.goto(`${CPU_INSIGHT}?token.vmname=web01&token.THRESHOLD=90`);
    const card = page.getByRole('region', { name: 'Your virtual machine was short on processor capacity' });
    await expect(card).toContainText('The average CPU usage of web01 was above 90 percent');
    // Tokens without a value keep their placeholder.
    await expect(card).toContainText('[duration]');
    await expectNoRawMarkup(page);
  });

  test('without values the placeholders show', async ({ page }) => {
    await page.goto(CPU_INSIGHT);
    await expect(page.getByRole('region', { name: 'Your virtual machine was short on processor capacity' })).toContainText(
      'The average CPU usage of [vmname] was above [threshold]',
    );
  });

  test('an RCA shows its named regions as labelled blocks', async ({ page }) => {
    await page.goto(`${RCA}?token.vmname=web01`);
    await expect(page.getByRole('region', { name: 'We looked into why your virtual machine restarted' })).toContainText(
      'Your virtual machine web01 became unavailable',
    );
    const regions = page.locator('section[data-region]');
    await expect(regions).toHaveCount(3);
    expect(await regions.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')))).toEqual(['Root cause', 'Resolution', 'Recommended actions']);
    await expect(regions.last().getByRole('heading', { name: 'Recommended Steps' })).toBeVisible();
    await expectNoRawMarkup(page);
  });

  test('a service-health insight fills its tokens', async ({ page }) => {
    await page.goto(`${HEALTH}?token.EventStatus=Active&token.ResourceName=contoso-web`);
    await expect(page.getByRole('region', { name: 'Your resource was affected by a health event' })).toContainText(
      'Active: Starting at [startTime] UTC, the platform reported reduced availability for the web app contoso-web.',
    );
  });
});

test.describe('Apollo solutions', () => {
  test('sections and cards show what the portal puts there', async ({ page }) => {
    await page.goto(KV_APOLLO);
    await expect(page.getByRole('region', { name: 'Check the vault' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Fix the configuration' })).toBeVisible();
    // Internal parameters (the symptom id, texts for the portal's states) are folded away for engineers.
    const insight = page.getByRole('group', { name: 'Diagnostic insight' });
    await expect(insight).toContainText('The portal runs a diagnostic on your resource here and shows what it finds.');
    await expect(insight.getByText('KeyVaultNetworkAccessInsight')).toBeHidden();
    await insight.getByText('Details for engineers').click();
    await expect(insight.getByText('KeyVaultNetworkAccessInsight')).toBeVisible();
    await expect(insight).toContainText('No requests to this vault were denied by network rules in the last day');
    await expect(page.getByRole('group', { name: 'Metric chart: Vault API calls in the last hour' })).toContainText(
      'The portal charts the average of ServiceApiHit for your resource over the last 1 hour.',
    );
    const videos = page.getByRole('group', { name: 'Videos' });
    await expect(videos.getByRole('link', { name: /Add a private endpoint to a vault/ })).toHaveAttribute(
      'href',
      'https://www.youtube.com/watch?v=contoso-kv-net2',
    );
    await expect(page.getByRole('group', { name: 'Results from the web' })).toBeVisible();
    await expectNoRawMarkup(page);
  });

  test('an indented block is a card too, not code', async ({ page }) => {
    await page.goto(DISK_APOLLO);
    await expect(page.getByRole('group', { name: 'Results from the web' })).toBeVisible();
    await expect(page.locator('main pre')).toHaveCount(0);
  });
});

test.describe('portal links per cloud', () => {
  for (const [cloud, host] of [
    ['public', 'portal.azure.com'],
    ['fairfax', 'portal.azure.us'],
    ['mooncake', 'portal.azure.cn'],
  ] as const) {
    test(`${cloud}: blades open in ${host}`, async ({ page }) => {
      await page.goto(`${CPU_INSIGHT}?cloud=${cloud}&resourceId=${encodeURIComponent(VM)}`);
      await expect(page.getByRole('link', { name: 'Service Health' })).toHaveAttribute(
        'href',
        `https://${host}/#blade/Microsoft_Azure_Health/AzureHealthBrowseBlade`,
      );
      await expect(page.getByRole('link', { name: 'resize the VM' })).toHaveAttribute('href', `https://${host}/#@microsoft.onmicrosoft.com/resource${VM}/size`);
    });
  }

  test('a link that needs a resource is text pointing to the resource form when there is none', async ({ page }) => {
    await page.goto(CPU_INSIGHT);
    await expect(page.getByRole('link', { name: 'resize the VM' })).toHaveCount(0);
    await expect(page.getByText('resize the VM (add your resource to open this in the portal)')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Service Health' })).toHaveAttribute(
      'href',
      'https://portal.azure.com/#blade/Microsoft_Azure_Health/AzureHealthBrowseBlade',
    );
  });

  test('mooncake docs links go to the China docs site, without the azure/ segment', async ({ page }) => {
    await page.goto('/articles/keyvault-supporttopicdescription?cloud=mooncake');
    await expect(page.getByRole('link', { name: /Key Vault documentation/ })).toHaveAttribute('href', 'https://docs.azure.cn/key-vault/general/overview');
  });
});

test.describe('JSON-bodied kinds', () => {
  test('diagnose and solve: problem tiles link to their solution, tools to their blade', async ({ page }) => {
    await page.goto(`${DIAGNOSE}?cloud=fairfax&resourceId=${encodeURIComponent(VM)}`);
    await expect(page.getByRole('link', { name: 'Remote Desktop does not connect' })).toHaveAttribute(
      'href',
      '/articles/64880e10-79be-44d8-982f-181542e1a662?cloud=fairfax',
    );
    await expect(page.getByRole('link', { name: /Serial console/ })).toHaveAttribute(
      'href',
      `https://portal.azure.us/#blade/Microsoft_Azure_Compute/VirtualMachineSerialConsoleBlade/id/${encodeURIComponent(VM)}`,
    );
    await page.getByRole('link', { name: 'Remote Desktop does not connect' }).click();
    await expect(page).toHaveURL(/\/articles\/64880e10-79be-44d8-982f-181542e1a662\?cloud=fairfax$/);
  });

  test('advisor: a recommendation card with impact, benefits and actions', async ({ page }) => {
    await page.goto(ADVISOR);
    const card = page.getByRole('region', { name: 'Right-size or shut down idle virtual machines' });
    await expect(card.getByText('High impact')).toBeVisible();
    await expect(card.getByText('Cost', { exact: true })).toBeVisible();
    await expect(card).toContainText('Pay only for the compute capacity your workload actually uses');
    await expect(card.getByRole('link', { name: /Read how to choose a VM size/ })).toHaveAttribute(
      'href',
      'https://learn.microsoft.com/azure/virtual-machines/sizes',
    );
    await expect(card.getByRole('link', { name: /Learn more about this recommendation/ })).toBeVisible();
    await expectNoRawMarkup(page);
  });

  test('support topics: a table with tags, category and diagnose-and-solve use', async ({ page }) => {
    await page.goto(TOPICS);
    const table = page.getByRole('table', { name: /support topics/ });
    const row = table.getByRole('row', { name: /Requests are blocked by the vault firewall/ });
    await expect(row.getByRole('cell', { name: 'Connectivity' })).toBeVisible();
    await expect(row.getByText('private endpoint', { exact: true })).toBeVisible();
    await expect(row.getByRole('cell', { name: 'Yes' })).toBeVisible();
    await expectNoRawMarkup(page);
  });

  test('tools: each tool opens its blade', async ({ page }) => {
    await page.goto(`${TOOLS}?cloud=fairfax&resourceId=${encodeURIComponent(VM)}`);
    await expect(page.getByRole('link', { name: /Redeploy/ })).toHaveAttribute(
      'href',
      `https://portal.azure.us/#blade/Microsoft_Azure_Compute/VirtualMachineRedeployBlade/resourceId/${encodeURIComponent(VM)}`,
    );
    await expect(page.getByText('Move the VM to a new host in the same region and power it back on.')).toBeVisible();
  });
});

test('every rich kind is offered in the type facet and leads to its articles', async ({ page }) => {
  await page.goto('/');
  for (const label of [
    'Diagnostics insight',
    'Root cause analysis',
    'Service health insight',
    'Problem scoping questions',
    'Troubleshooter questions',
    'Advisor recommendation',
    'Support topic description',
    'Diagnose and solve',
    'Apollo solution',
    'Tools',
  ]) {
    await expect(page.getByRole('navigation', { name: 'Filters' }).getByRole('link', { name: new RegExp(`^${label} \\d+$`) })).toBeVisible();
  }
  await page
    .getByRole('navigation', { name: 'Filters' })
    .getByRole('link', { name: /^Apollo solution \d+$/ })
    .click();
  await expect(page).toHaveURL(/type=apollo/);
});

test('full-page screenshots of a form, an insight and an Apollo page', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(VM_FORM);
  await choose(page, 'Which operating system runs on the VM?', 'Windows');
  await page.getByRole('radio', { name: 'The connection times out' }).check();
  await page.getByRole('textbox', { name: 'Describe the problem' }).fill('RDP times out since this morning.');
  await page.screenshot({ path: 'test-results/screenshots/form.png', fullPage: true });
  await page.goto(`${RCA}?token.vmname=web01&token.startTime=2024-05-01 09:12&token.endTime=2024-05-01 09:19`);
  await page.screenshot({ path: 'test-results/screenshots/insight.png', fullPage: true });
  await page.goto(KV_APOLLO);
  await page.screenshot({ path: 'test-results/screenshots/apollo.png', fullPage: true });
});
