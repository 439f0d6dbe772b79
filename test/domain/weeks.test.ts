import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoWeekOf, isoWeeksInYear, resolveWeekLabels } from '../../src/domain/weeks.js';

const weeks = (...labels: string[]) => resolveWeekLabels(labels).results.map((r) => (r.ok ? r.week : `error: ${r.message}`));

describe('ISO weeks of dates, across year boundaries', () => {
  it.each([
    [2026, 12, 31, '2026-W53'], [2027, 1, 1, '2026-W53'], [2027, 1, 4, '2027-W01'], [2024, 12, 30, '2025-W01'],
    [2026, 2, 2, '2026-W06'], [2026, 1, 1, '2026-W01'], [2021, 1, 3, '2020-W53'], [2026, 11, 2, '2026-W45'],
  ])('%i-%i-%i is in %s', (y, m, d, expected) => {
    const w = isoWeekOf(y, m, d);
    expect(`${w.year}-W${String(w.week).padStart(2, '0')}`).toBe(expected);
  });

  it('knows which years have 53 weeks', () => {
    expect([2020, 2024, 2025, 2026, 2027].map(isoWeeksInYear)).toEqual([53, 52, 52, 53, 52]);
  });
});

describe('week labels', () => {
  it('normalises ISO week spellings', () => {
    expect(weeks('2026-W05', '2026-W5', '2026W05', 'W05 2026', 'KW 5 2026', 'KW5/2026', 'Week 5, 2026', ' 2026-w05 ')).toEqual(Array(8).fill('2026-W05'));
  });

  it('normalises dates to the ISO week containing them', () => {
    expect(weeks('2026-02-02', '2026/02/08', '2026-02-09 00:00:00', '2026-02-09T00:00:00Z')).toEqual(['2026-W06', '2026-W06', '2026-W07', '2026-W07']);
  });

  it('reads month names (EN/NL/DE) and two-digit years', () => {
    expect(weeks('2 Feb 2026', '2. Februar 2026', '2-feb-26', 'Feb 2, 2026', '2 mrt. 2026', '2 maart 2026', '2. März 2026', '02.03.26', '1 Okt 2026')).toEqual([
      '2026-W06', '2026-W06', '2026-W06', '2026-W06', '2026-W10', '2026-W10', '2026-W10', '2026-W10', '2026-W40',
    ]);
    expect(weeks('31 Feb 2026')).toEqual(['error: "31 Feb 2026" is not a valid date']);
  });

  it('reads French, Spanish and Italian month names, full or short, with or without accents', () => {
    // 2026: 2 February is a Monday (W06); 1 June W23, 6 July W28, 3 August W32, 1 December W49, 5 January W02.
    expect(weeks('2 févr. 2026', '2 fevrier 2026', '1 juin 2026', '6 juil. 2026', '3 août 2026', '1 déc. 2026')).toEqual(['2026-W06', '2026-W06', '2026-W23', '2026-W28', '2026-W32', '2026-W49']);
    expect(weeks('5 ene 2026', '2 febrero 2026', '3 ago 2026', '1 dic 2026', '6 jul 2026')).toEqual(['2026-W02', '2026-W06', '2026-W32', '2026-W49', '2026-W28']);
    expect(weeks('5 gen 2026', '2 febbraio 2026', '6 lug 2026', '1 giu 2026', '4 mag 2026', '5 ott 2026', '7 set 2026')).toEqual(['2026-W02', '2026-W06', '2026-W28', '2026-W23', '2026-W19', '2026-W41', '2026-W37']);
    // After a weekday, as Excel's long formats write them in these languages.
    expect(weeks('lundi 2 février 2026', 'lun. 2 févr. 2026', 'lunes, 2 febrero 2026', 'Sábado 7 feb 2026', 'lunedì 2 febbraio 2026', 'dom 8 feb 2026')).toEqual(Array(6).fill('2026-W06'));
    // Three letters that could be June or July in French name no month.
    expect(weeks('1 jui 2026')).toEqual(['1 jui 2026']);
  });

  it('reads two-digit years after a week number ("KW05/26") and dates with times, AM/PM or offsets', () => {
    expect(weeks('KW05/26', 'KW 5/26', "W5'26", 'W5-2026', '2026 W05', '2026-W05-1', '2026-W05-7')).toEqual(Array(7).fill('2026-W05'));
    expect(weeks('2026-02-02T09:00:00+01:00', '2026-02-02 08:00 PM', '2/2/2026 9:00 AM', '3 Mrz 2026')).toEqual(['2026-W06', '2026-W06', '2026-W06', '2026-W10']);
  });

  it("reads Excel's long date formats: a weekday before the date, English ordinals", () => {
    expect(weeks('Monday, February 2, 2026', 'Montag, 2. Februar 2026', 'ma 02-02-2026', 'Mo., 02.02.2026', 'Wed, Feb 4, 2026', 'February 2nd, 2026', 'Sun 8 Feb 2026')).toEqual(Array(7).fill('2026-W06'));
    // Month names that start like a weekday abbreviation stay months.
    expect(weeks('March 2, 2026', 'Mai 4 2026', 'Sept 2, 2026')).toEqual(['2026-W10', '2026-W19', '2026-W36']);
    // Upper case is a weekday too; a weekday is only ever read at the start (a label that does not start with a letter is not looked at).
    expect(weeks('MONDAY, FEBRUARY 2, 2026', 'DI 03-02-2026', '(Mon) 02.02.2026', '2.2.2026 Mon')).toEqual(['2026-W06', '2026-W06', '(Mon) 02.02.2026', '2.2.2026 Mon']);
  });

  it('reads a date range as the week holding most of its days', () => {
    expect(weeks('2026-02-02 - 2026-02-08', '2.2.2026 – 8.2.2026', '09/02/2026 - 15/02/2026', '2026-02-15 to 2026-02-21')).toEqual(['2026-W06', '2026-W06', '2026-W07', '2026-W08']);
    // Sunday to Saturday: six of its seven days are in the Monday week 2026-W06.
    expect(weeks('2026-02-01 - 2026-02-07')).toEqual(['2026-W06']);
  });

  it('a range may leave its year to its end, also across a year end', () => {
    expect(weeks('02.02. - 08.02.2026', '2 Feb - 8 Feb 2026', '29.12. - 04.01.2026', 'Sprint 3 - 08.02.2026')).toEqual(['2026-W06', '2026-W06', '2026-W01', 'Sprint 3 - 08.02.2026']);
  });

  it('a range proves the day/month order of its column (only one reading spans a week)', () => {
    expect(resolveWeekLabels(['2/2/2026 - 2/8/2026', '2/9/2026 - 2/10/2026'])).toEqual({ results: [{ ok: true, week: '2026-W06' }, { ok: true, week: '2026-W07' }] });
  });

  it('refuses ranges that are not one week', () => {
    expect(weeks('2026-02-01 - 2026-02-28', '2026-02-08 - 2026-02-02', '2026-02-31 - 2026-03-06')).toEqual([
      'error: "2026-02-01 - 2026-02-28" is a range of 28 days, not one week',
      'error: "2026-02-08 - 2026-02-02" is a range that ends before it starts, not one week',
      'error: "2026-02-31" is not a valid date',
    ]);
    expect(resolveWeekLabels(['2026-02-01 - 2026-02-28']).results[0]).toMatchObject({ hint: "give each row one week: its Monday's date or an ISO week such as 2026-W05" });
  });

  it('keeps other labels as written', () => {
    expect(weeks('45', 'Week 45', 'Sprint 3', 'Sprint 3 2026', 'Q4 2026', '', 'Sprint 3 - 2026', 'W5 26', 'Week 12-13')).toEqual(['45', 'Week 45', 'Sprint 3', 'Sprint 3 2026', 'Q4 2026', '', 'Sprint 3 - 2026', 'W5 26', 'Week 12-13']);
  });

  it('refuses weeks and dates that do not exist', () => {
    expect(weeks('2027-W53', '2026-02-30')).toEqual(['error: "2027-W53" is not a week of 2027 (it has 52 ISO weeks)', 'error: "2026-02-30" is not a valid date']);
  });

  describe('day/month order is decided for the whole column', () => {
    it('a first part over 12 proves day-first for every date', () => {
      expect(weeks('02/03/2026', '16/03/2026')).toEqual(['2026-W10', '2026-W12']);
    });
    it('a second part over 12 proves month-first for every date', () => {
      expect(weeks('02/03/2026', '03/16/2026')).toEqual(['2026-W06', '2026-W12']);
    });
    it('dd.mm.yyyy and dd-mm-yyyy are day-first without proof, silently', () => {
      const r = resolveWeekLabels(['02.03.2026', '02-03-2026']);
      expect(r.results.map((x) => x.ok && x.week)).toEqual(['2026-W10', '2026-W10']);
      expect(r.notice).toBeUndefined();
    });
    it('slash dates without proof are read day-first, and the reader is told', () => {
      // One date: nothing shows the order (two a week apart would: see the weekday test below).
      const r = resolveWeekLabels(['02/03/2026']);
      expect(r.results.map((x) => x.ok && x.week)).toEqual(['2026-W10']);
      expect(r.notice).toBe('dates such as "02/03/2026" were read as day/month (no date in the column shows the order); write them as year-month-day if they are month/day');
    });
    it('dates on one weekday under one reading only prove that reading (issue 9: a week column\'s dates share a weekday)', () => {
      // Day first: Mondays 2 and 9 March; month first: Tuesday 3 February and Thursday 3 September.
      expect(resolveWeekLabels(['02/03/2026', '09/03/2026'])).toEqual({ results: [{ ok: true, week: '2026-W10' }, { ok: true, week: '2026-W11' }] });
      // Month first: Sundays 1 and 8 February; day first: Friday 2 January and Sunday 2 August.
      expect(resolveWeekLabels(['2/1/2026', '2/8/2026'])).toEqual({ results: [{ ok: true, week: '2026-W05' }, { ok: true, week: '2026-W06' }] });
    });
    it('a column proving both orders refuses the ambiguous dates', () => {
      expect(weeks('13/02/2026', '02/14/2026', '02/03/2026')).toEqual([
        '2026-W07',
        'error: "02/14/2026" is not a valid date',
        'error: "02/03/2026" could be day/month or month/day, and this column has dates of both kinds',
      ]);
    });
  });
});

describe('every spelling of a date gives the same week', () => {
  it('yyyy-mm-dd, dd.mm.yyyy, dd-mm-yyyy, d/m/yyyy with proof, "d Mon yyyy"', () => {
    const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
    fc.assert(
      fc.property(fc.date({ min: new Date('1990-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }), (date) => {
        const [y, m, d] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
        const p2 = (n: number) => String(n).padStart(2, '0');
        const iso = `${y}-${p2(m)}-${p2(d)}`;
        const labels = [iso, `${p2(d)}.${p2(m)}.${y}`, `${p2(d)}-${p2(m)}-${y}`, `${d} ${MON[m - 1]} ${y}`];
        const expected = weeks(iso)[0];
        expect(weeks(...labels)).toEqual(labels.map(() => expected));
        // With a day over 12 elsewhere in the column, d/m/yyyy is day-first.
        expect(weeks(`${d}/${m}/${y}`, '13/01/2026')[0]).toBe(expected);
      }),
      { numRuns: 500 },
    );
  });
});

describe('Excel date serials in the week column', () => {
  it('reads five-digit serials as dates (46055 = Monday 2026-02-02)', () => {
    // Independent check: 2026-02-02 is 46055 days after Excel's day 0, 1899-12-30.
    expect((Date.UTC(2026, 1, 2) - Date.UTC(1899, 11, 30)) / 86_400_000).toBe(46055);
    expect(resolveWeekLabels(['46055', '46062.5', '46023']).results).toEqual([
      { ok: true, week: '2026-W06' },
      { ok: true, week: '2026-W07' },
      { ok: true, week: '2026-W01' }, // 2025-12-31, a Wednesday in ISO week 2026-W01
    ]);
  });
  it('leaves plain week numbers and years alone', () => {
    expect(resolveWeekLabels(['45', '2026', '123456']).results).toEqual([
      { ok: true, week: '45' },
      { ok: true, week: '2026' },
      { ok: true, week: '123456' },
    ]);
  });
});
