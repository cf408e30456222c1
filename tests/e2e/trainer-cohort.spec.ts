import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { download, freshPage, indicatorName, indicatorsOf, parseCsv, playAssignedVignette, readQr, ui } from './support/assignment';
import { loadVignette, pathThrough } from './support/content';
import { expect, test } from './support/fixtures';
import { saveScreenshots } from './support/screenshot';

const vignette = loadVignette('hotel-room-214');
const indicators = indicatorsOf(vignette.id);
const PASS_MARK = 75;
const TITLE = 'Signalen herkennen in het hotel';

test('a trainer assigns a vignette; two learners complete it, one plays again; duplicates, an edited file and a removal; one row per learner, every figure recomputed and kept', async ({ page, browser }, testInfo) => {
  test.setTimeout(240_000);

  // The trainer builds the assignment.
  await page.goto('/#/');
  await page.getByRole('contentinfo').getByRole('link', { name: ui('common', 'footer.trainer') }).click();
  await expect(page.getByRole('heading', { level: 1, name: ui('trainer', 'home.heading') })).toBeVisible();
  await expect(page.getByText(ui('trainer', 'home.none'))).toBeVisible();
  await page.getByRole('link', { name: ui('trainer', 'home.new') }).click();
  await page.getByLabel(ui('trainer', 'builder.title')).fill(TITLE);
  await page.getByLabel(ui('trainer', 'builder.filterSector')).selectOption('hotel');
  await page.getByRole('checkbox', { name: new RegExp(`^${vignette.title.nl}`) }).check();
  await page.getByLabel(ui('trainer', 'builder.passMark')).fill(String(PASS_MARK));
  await page.getByRole('radio', { name: ui('trainer', 'builder.feedbackMode.end') }).check();
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
  let bobCode = '';
  for (const learner of learners) {
    const learnerPage = await freshPage(browser, errors);
    await learnerPage.goto(link);
    await expect(learnerPage.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
    await expect(learnerPage.getByText('Anna de Vries, Hotel De Zeeuw')).toBeVisible();
    await expect(learnerPage.getByText(ui('assignment', 'facts.passMarkValue', { passMark: PASS_MARK }))).toBeVisible();
    await expect(learnerPage.getByText(ui('assignment', 'signature.valid'))).toBeVisible();
    await playAssignedVignette(learnerPage, vignette, { flag: learner.flag, choose: learner.choose, sceneFeedback: false });
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
    if (learner.name === 'Bob Zakker') {
      // Bob plays the vignette again, well this time, and sends a short code instead of a file.
      await playAssignedVignette(learnerPage, vignette, { flag: (f) => f.signal, choose: 'recommended', sceneFeedback: false, again: true });
      await learnerPage.getByRole('link', { name: ui('debrief', 'backToCatalogue') }).click();
      await learnerPage.getByLabel(ui('assignment', 'result.name')).fill(learner.name);
      await learnerPage.getByRole('button', { name: ui('assignment', 'result.showCode') }).click();
      bobCode = await learnerPage.getByRole('textbox', { name: ui('assignment', 'result.code') }).inputValue();
    }
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
  await page.getByRole('contentinfo').getByRole('link', { name: ui('common', 'footer.trainer') }).click();
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
  // Countersigning is offered for the row that passed, not for the one that did not.
  await page.locator('summary', { hasText: 'Ada Passer' }).click();
  await expect(page.getByRole('button', { name: ui('certificate', 'countersign.issue') })).toHaveCount(1);
  await page.locator('summary', { hasText: 'Bob Zakker' }).click();
  await expect(page.getByRole('button', { name: ui('certificate', 'countersign.issue') })).toHaveCount(1);

  // The trainer lists who is expected: one has sent nothing yet.
  // The list is open while it is empty.
  await page.getByLabel(ui('trainer', 'expected.names')).fill('Ada Passer\nbob zakker\nCem Nieuw');
  await page.getByRole('button', { name: ui('trainer', 'expected.save') }).click();
  await expect(page.getByText(ui('trainer', 'expected.missing_one', { count: 1, total: 3 }))).toBeVisible();
  await expect(page.locator('.missing-list')).toHaveText('Cem Nieuw');

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
  await saveScreenshots(page, 'walkthrough-results-before-replay');

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

  const indicatorsCsv = parseCsv((await download(page, page.getByRole('button', { name: ui('trainer', 'export.indicators') }))).text, ';');
  expect(indicatorsCsv.slice(1).sort()).toEqual(expectedIndicators.map((r) => [r.name, String(r.seen), String(r.missed), String(r.share)]).sort());

  // Bob's newer code arrives in an e-mail, wrapped over lines and quoted: it is found, and his row
  // now counts his latest attempt. Still one row for Bob, with two results behind it.
  const mail = `Hoi Anna,\n\nHier is mijn nieuwe code:\n${bobCode.match(/.{1,60}/g)?.map((l) => `> ${l}`).join('\n')}\n\nGroet, Bob`;
  await page.getByLabel(ui('trainer', 'import.codes')).fill(mail);
  await page.getByRole('button', { name: ui('trainer', 'import.addCodes') }).click();
  await expect(page.getByText(ui('trainer', 'import.done_one', { count: 1, counted: 1, setAside: 0 }))).toBeVisible();
  await expect(page.getByText(ui('trainer', 'cohort.summary_other', { count: 2, finished: 2, passed: 2, passMark: PASS_MARK }))).toBeVisible();
  await expect(table.getByRole('row')).toHaveCount(3);
  await expect(table.getByRole('row', { name: /Bob Zakker/ })).toContainText('100%');
  await expect(table.getByRole('row', { name: /Bob Zakker/ }).getByRole('cell').first()).toHaveText('2');

  // An edited file whose answers are still possible is counted: the page says what the check cannot prove.
  const edited = JSON.parse(results[1]!.text) as { learner: string; attempts: { flags: string[] }[] };
  edited.learner = 'Dirk Bewerkt';
  const harmfulSignals = pathThrough(vignette, 'harmful').scenes.flatMap((s) => s.fragments).filter((f) => f.signal).map((f) => f.id);
  edited.attempts[0]!.flags = harmfulSignals;
  await page.getByLabel(ui('trainer', 'import.choose')).setInputFiles({ name: 'dirk.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(edited)) });
  await expect(page.getByText(ui('trainer', 'import.done_one', { count: 1, counted: 1, setAside: 0 }))).toBeVisible();
  await expect(page.getByText(ui('trainer', 'cohort.whatCheckProves'))).toBeVisible();
  await expect(table.getByRole('row')).toHaveCount(4);
  // The trainer removes it again: one result, nothing else.
  await page.locator('summary', { hasText: 'Dirk Bewerkt' }).click();
  await page.getByRole('button', { name: ui('trainer', 'history.removeLabel', { source: 'dirk.json', learner: 'Dirk Bewerkt' }) }).click();
  await expect(table.getByRole('row')).toHaveCount(3);

  // Importing the same file again is noticed, said with the result it repeats, and changes nothing.
  await page.getByLabel(ui('trainer', 'import.choose')).setInputFiles({ name: 'ada (1).json', mimeType: 'application/json', buffer: Buffer.from(results[0]!.text) });
  await expect(page.getByText(ui('trainer', 'import.done_one', { count: 1, counted: 0, setAside: 1 }))).toBeVisible();
  await expect(page.getByText(ui('trainer', 'flag.duplicateOf', { source: 'ada.json' }))).toBeVisible();
  await expect(page.getByText(ui('trainer', 'cohort.summary_other', { count: 2, finished: 2, passed: 2, passMark: PASS_MARK }))).toBeVisible();
  expect(path.basename(pickerFile)).toBe('ada-aangepast.json');

  // Everything is still there after a reload.
  await page.reload();
  await expect(page.getByText(ui('trainer', 'cohort.summary_other', { count: 2, finished: 2, passed: 2, passMark: PASS_MARK }))).toBeVisible();
  await expect(page.locator('.missing-list')).toHaveText('Cem Nieuw');

  // CSV with the separator chosen, the title in the file name, the date of each result and the real reasons.
  await page.getByLabel(ui('trainer', 'export.separator')).selectOption(';');
  const learnersFile = await download(page, page.getByRole('button', { name: ui('trainer', 'export.learners') }));
  expect(learnersFile.name).toBe(`${ui('trainer', 'csv.file.learners')}-signalen-herkennen-in-het-hotel.csv`);
  const learnersCsv = parseCsv(learnersFile.text, ';');
  expect(learnersCsv[0]).toEqual([
    ui('trainer', 'csv.learner'), ui('trainer', 'csv.source'), ui('trainer', 'csv.resultDate'), ui('trainer', 'csv.status'), ui('trainer', 'csv.done'),
    ui('trainer', 'csv.total'), ui('trainer', 'csv.score'), ui('trainer', 'csv.passed'), vignette.title.nl,
  ]);
  const date = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/;
  const rows = learnersCsv.slice(1);
  expect(rows.map((r) => [r[0], r[1], r[3], r[4], r[5], r[6], r[7], r[8]])).toEqual([
    ['Ada Passer', 'ada.json', ui('trainer', 'csv.counted'), '1', '1', String(scoreA), ui('trainer', 'csv.yes'), String(scoreA)],
    ['Bob Zakker', `bob.json, ${ui('trainer', 'import.codeSource', { n: 4 })}`, ui('trainer', 'csv.counted'), '1', '1', '100', ui('trainer', 'csv.yes'), '100'],
    ['Ada Passer (aangepast)', 'ada-aangepast.json', ui('trainer', 'flag.altered-assignment'), '', '', '', '', ''],
    ['Ada Passer', 'ada (1).json', ui('trainer', 'flag.duplicateOf', { source: 'ada.json' }), '', '', '', '', ''],
  ]);
  for (const row of rows) expect(row[2]).toMatch(date);
  await saveScreenshots(page, 'walkthrough-results');
});
