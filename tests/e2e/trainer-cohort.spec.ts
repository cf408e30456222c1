import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { download, freshPage, indicatorName, indicatorsOf, parseCsv, playAssignedVignette, readQr, ui } from './support/assignment';
import { loadVignette, pathThrough } from './support/content';
import { expect, test } from './support/fixtures';

const vignette = loadVignette('hotel-room-214');
const indicators = indicatorsOf(vignette.id);
const PASS_MARK = 75;
const TITLE = 'Signalen herkennen in het hotel';

test('a trainer assigns a vignette, two learners complete it, and the cohort shows the recomputed figures', async ({ page, browser }, testInfo) => {
  test.setTimeout(120_000);

  // The trainer builds the assignment.
  await page.goto('/#/');
  await page.getByRole('navigation').getByRole('link', { name: ui('common', 'nav.trainer') }).click();
  await expect(page.getByRole('heading', { level: 1, name: ui('trainer', 'home.heading') })).toBeVisible();
  await expect(page.getByText(ui('trainer', 'home.none'))).toBeVisible();
  await page.getByRole('link', { name: ui('trainer', 'home.new') }).click();
  await page.getByLabel(ui('trainer', 'builder.title')).fill(TITLE);
  await page.getByLabel(ui('trainer', 'builder.filterSector')).selectOption('hotel');
  await page.getByRole('checkbox', { name: new RegExp(`^${vignette.title.nl}`) }).check();
  await page.getByLabel(ui('trainer', 'builder.passMark')).fill(String(PASS_MARK));
  await page.getByRole('radio', { name: ui('trainer', 'builder.feedbackMode.scene') }).check();
  await page.getByLabel(ui('trainer', 'builder.trainer')).fill('Anna de Vries');
  await page.getByLabel(ui('trainer', 'builder.organisation')).fill('Hotel De Zeeuw');
  await page.getByRole('button', { name: ui('trainer', 'builder.submit') }).click();
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  const link = await page.getByRole('textbox', { name: ui('trainer', 'share.link') }).inputValue();
  expect(link).toMatch(/#\/assignment\/[A-Za-z0-9_-]+$/);
  // The assignment is kept in this browser: after a reload it is still there, with the same link.
  await page.reload();
  await expect(page.getByRole('textbox', { name: ui('trainer', 'share.link') })).toHaveValue(link);

  // The printed QR code carries exactly that link.
  const qrFile = testInfo.outputPath('assignment-qr.png');
  await page.getByRole('img', { name: ui('trainer', 'share.qrLabel', { title: TITLE }) }).screenshot({ path: qrFile });
  expect(readQr(qrFile)).toBe(link);

  // Two learners, each in their own browser, open the link and complete the vignette.
  const errors: string[] = [];
  const results: { name: string; text: string }[] = [];
  const firstDistractor = pathThrough(vignette, 'recommended').scenes.flatMap((s) => s.fragments).find((f) => !f.signal)?.id;
  const learners = [
    { name: 'Ada Passer', flag: (f: { signal: boolean; id: string }) => f.signal || f.id === firstDistractor, choose: 'recommended' as const },
    { name: 'Bob Zakker', flag: (f: { signal: boolean }) => !f.signal, choose: 'harmful' as const },
  ];
  for (const learner of learners) {
    const learnerPage = await freshPage(browser, errors);
    await learnerPage.goto(link);
    await expect(learnerPage.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
    await expect(learnerPage.getByText('Anna de Vries, Hotel De Zeeuw')).toBeVisible();
    await expect(learnerPage.getByText(ui('assignment', 'facts.passMarkValue', { passMark: PASS_MARK }))).toBeVisible();
    await expect(learnerPage.getByText(ui('assignment', 'signature.valid'))).toBeVisible();
    await playAssignedVignette(learnerPage, vignette, { flag: learner.flag, choose: learner.choose, sceneFeedback: true });
    // The debrief judges against the assignment's pass mark, not the default.
    const passed = learner.choose === 'recommended';
    await expect(learnerPage.getByText(ui('debrief', passed ? 'result.passed' : 'result.failed', { passMark: PASS_MARK }))).toBeVisible();
    await learnerPage.getByRole('link', { name: ui('debrief', 'backToCatalogue') }).click();
    await learnerPage.reload();
    await expect(learnerPage.getByText(ui('assignment', 'overview.progress', { done: 1, total: 1 }))).toBeVisible();
    await learnerPage.getByRole('button', { name: ui('assignment', 'result.download') }).click();
    await expect(learnerPage.getByText(ui('assignment', 'result.nameRequired')).first()).toBeVisible();
    await learnerPage.getByLabel(ui('assignment', 'result.name')).fill(learner.name);
    const file = await download(learnerPage, learnerPage.getByRole('button', { name: ui('assignment', 'result.download') }));
    expect(file.name).toMatch(/^signaal-.*\.json$/);
    results.push({ name: `${learner.name.split(' ')[0]?.toLowerCase()}.json`, text: file.text });
    await learnerPage.context().close();
  }
  expect(errors).toEqual([]);

  // A third file: Ada's, with the assignment's pass mark lowered and the scores claimed higher.
  const tampered = JSON.parse(results[0]!.text) as { learner: string; assignment: { payload: string } };
  tampered.learner = 'Ada Passer (aangepast)';
  tampered.assignment.payload = tampered.assignment.payload.replace(`"p":${PASS_MARK}`, '"p":10');
  expect(tampered.assignment.payload).toContain('"p":10');
  const files = [...results, { name: 'ada-aangepast.json', text: JSON.stringify(tampered) }];

  // The trainer imports all three: two dropped at once, one through the file picker.
  await page.getByRole('navigation').getByRole('link', { name: ui('common', 'nav.trainer') }).click();
  await page.getByRole('link', { name: ui('trainer', 'home.results', { title: TITLE }) }).click();
  await expect(page.getByText(ui('trainer', 'results.empty'))).toBeVisible();
  const dropped = await page.evaluateHandle((list) => {
    const transfer = new DataTransfer();
    for (const f of list) transfer.items.add(new File([f.text], f.name, { type: 'application/json' }));
    return transfer;
  }, files.slice(0, 2));
  await page.locator('.drop-zone').dispatchEvent('drop', { dataTransfer: dropped });
  await expect(page.getByText(ui('trainer', 'import.done_other', { count: 2, counted: 2, setAside: 0 }))).toBeVisible();
  const pickerFile = testInfo.outputPath(files[2]!.name);
  writeFileSync(pickerFile, files[2]!.text);
  await page.getByLabel(ui('trainer', 'import.choose')).setInputFiles(pickerFile);
  await expect(page.getByText(ui('trainer', 'import.done_one', { count: 1, counted: 0, setAside: 1 }))).toBeVisible();

  // Who finished and passed: the tampered file is set aside, not mixed in.
  await expect(page.getByText(ui('trainer', 'cohort.summary_other', { count: 2, finished: 2, passed: 1, passMark: PASS_MARK }))).toBeVisible();
  const setAside = page.getByRole('region', { name: ui('trainer', 'import.setAsideHeading_one', { count: 1 }) });
  await expect(setAside).toContainText('Ada Passer (aangepast)');
  await expect(setAside).toContainText(ui('trainer', 'flag.altered-assignment'));

  const recommended = pathThrough(vignette, 'recommended');
  const distractorsA = recommended.scenes.flatMap((s) => s.fragments).filter((f) => !f.signal).length;
  // Scoring rules 2: one marked distractor costs half its share (no neutral sentence was marked).
  const scoreA = Math.round(0.6 * (1 - 0.5 / distractorsA) * 100 + 40);
  const table = page.getByRole('region', { name: ui('trainer', 'cohort.learnersHeading') }).getByRole('table');
  await expect(table.getByRole('row', { name: /Ada Passer/ })).toContainText(`${scoreA}%`);
  await expect(table.getByRole('row', { name: /Ada Passer/ })).toContainText(ui('trainer', 'cohort.passed'));
  await expect(table.getByRole('row', { name: /Bob Zakker/ })).toContainText('0%');
  await expect(table.getByRole('row', { name: /Bob Zakker/ })).toContainText(ui('trainer', 'cohort.failed'));
  await expect(table.getByRole('row')).toHaveCount(3);

  // Per indicator: Ada caught every signal on her path, Bob none on his.
  const harmful = pathThrough(vignette, 'harmful');
  const met = (p: typeof recommended) => new Set(p.scenes.flatMap((s) => s.fragments).filter((f) => f.signal).map((f) => indicators.get(f.id)));
  const [metA, metB] = [met(recommended), met(harmful)];
  const expectedIndicators = [...new Set([...metA, ...metB])].map((id) => {
    const seen = Number(metA.has(id)) + Number(metB.has(id));
    const missed = Number(metB.has(id));
    return { name: indicatorName(id ?? ''), seen, missed, share: Math.round((missed / seen) * 100) };
  });
  const indicatorChart = page.getByRole('figure', { name: ui('trainer', 'cohort.indicatorsCaption') });
  for (const row of expectedIndicators) {
    await expect(indicatorChart.getByRole('listitem').filter({ hasText: row.name })).toContainText(
      ui('trainer', 'cohort.missedOf', { share: row.share, missed: row.missed, seen: row.seen }),
    );
  }
  await indicatorChart.getByText(ui('trainer', 'cohort.asTable')).click();
  await expect(indicatorChart.getByRole('table').getByRole('row')).toHaveCount(expectedIndicators.length + 1);

  // Per decision: one learner each on the recommended and the harmful option.
  const decisionScene = recommended.scenes.find((s) => s.type === 'decide');
  const decisionChart = page.getByRole('figure', { name: new RegExp(`${vignette.title.nl}: ${decisionScene?.question.nl.slice(0, 20)}`) });
  await expect(decisionChart.getByRole('listitem').filter({ hasText: recommended.option.label.nl })).toContainText(ui('trainer', 'cohort.chosenCount_one', { count: 1, share: 50 }));
  await expect(decisionChart.getByRole('listitem').filter({ hasText: harmful.option.label.nl })).toContainText(ui('trainer', 'cohort.chosenCount_one', { count: 1, share: 50 }));

  // Per vignette: the distractor both flagged comes first.
  const alarmChart = page.getByRole('figure', { name: vignette.title.nl, exact: true });
  const first = recommended.scenes.flatMap((s) => s.fragments).find((f) => f.id === firstDistractor);
  await expect(alarmChart.getByRole('listitem').first()).toContainText(first?.text.nl ?? '');
  await expect(alarmChart.getByRole('listitem').first()).toContainText(ui('trainer', 'cohort.flaggedOf', { count: 2, seen: 2 }));

  // CSV: the learners, and the missed signals.
  const learnersCsv = parseCsv((await download(page, page.getByRole('button', { name: ui('trainer', 'export.learners') }))).text, ';');
  expect(learnersCsv[0]).toEqual([
    ui('trainer', 'csv.learner'), ui('trainer', 'csv.source'), ui('trainer', 'csv.status'), ui('trainer', 'csv.done'),
    ui('trainer', 'csv.total'), ui('trainer', 'csv.score'), ui('trainer', 'csv.passed'), vignette.title.nl,
  ]);
  expect(learnersCsv.slice(1)).toEqual([
    ['Ada Passer', 'ada.json', ui('trainer', 'csv.counted'), '1', '1', String(scoreA), ui('trainer', 'csv.yes'), String(scoreA)],
    ['Bob Zakker', 'bob.json', ui('trainer', 'csv.counted'), '1', '1', '0', ui('trainer', 'csv.no'), '0'],
    ['Ada Passer (aangepast)', 'ada-aangepast.json', ui('trainer', 'flag.altered-assignment'), '', '', '', '', ''],
  ]);
  const indicatorsCsv = parseCsv((await download(page, page.getByRole('button', { name: ui('trainer', 'export.indicators') }))).text, ';');
  expect(indicatorsCsv.slice(1).sort()).toEqual(expectedIndicators.map((r) => [r.name, String(r.seen), String(r.missed), String(r.share)]).sort());

  // Importing the same file again is noticed, and changes nothing.
  await page.getByLabel(ui('trainer', 'import.choose')).setInputFiles({ name: 'ada.json', mimeType: 'application/json', buffer: Buffer.from(results[0]!.text) });
  await expect(page.getByText(ui('trainer', 'import.done_one', { count: 1, counted: 0, setAside: 1 }))).toBeVisible();
  await expect(page.getByText(ui('trainer', 'cohort.summary_other', { count: 2, finished: 2, passed: 1, passMark: PASS_MARK }))).toBeVisible();
  expect(path.basename(pickerFile)).toBe('ada-aangepast.json');
});
