// Holiday calendars (rules.md, Imported calendars): paste the State Council notice or choose a
// holiday-cn JSON file, see the year as a month grid of days off and make-up days, then save it.
// Saved years are listed with their source and date and can be removed; every view, the page
// check and the reminders count with them (utils/store/calendars.ts).
import { useState } from 'preact/hooks';
import { CALENDAR_YEARS } from '../../rules/calendar';
import { dayOfWeek, fromDayNumber, toDayNumber } from '../../rules/dates';
import { parseHolidayNotice } from '../../rules/holiday-notice';
import { parseHolidayCnJson, type CalendarParse, type ParsedCalendar } from '../../rules/imported-calendar';
import type { Lang, Text } from '../../rules/types';
import { formatDate } from '../../components/labels';
import { t } from '../../utils/i18n';
import type { Settings, StoredCalendar } from '../../utils/store/types';

const PUBLISHED = new Set(CALENDAR_YEARS.map((entry) => entry.year));
/** Read no file larger than this: a year's calendar is a few kilobytes. */
const MAX_FILE_BYTES = 1_000_000;

interface Preview {
  calendar: ParsedCalendar;
  source: StoredCalendar['source'];
}

/** The notice's title line as the calendar's source, or a general name when the paste has none. */
function noticeTitle(text: string, lang: Lang): string {
  return NOTICE_TITLE.exec(text)?.[0] ?? t(lang, 'options.calendars.untitledNotice');
}
const NOTICE_TITLE = /国务院办公厅关于[^\n]*?通知/;

export function CalendarSection({ lang, settings, apply }: { lang: Lang; settings: Settings; apply: (patch: Partial<Settings>) => Promise<boolean> }) {
  const [text, setText] = useState('');
  const [preview, setPreview] = useState<Preview | null>(null);
  const [problem, setProblem] = useState<Text | null>(null);

  const show = (parsed: CalendarParse, source: StoredCalendar['source']) => {
    if (parsed.ok) {
      setPreview({ calendar: parsed.calendar, source });
      setProblem(null);
    } else {
      setPreview(null);
      setProblem(parsed.problem);
    }
  };

  const readText = () => show(parseHolidayNotice(text), { kind: 'notice', name: noticeTitle(text, lang) });

  const readFile = async (file: File | undefined) => {
    if (!file) return;
    if (file.size > MAX_FILE_BYTES) {
      setPreview(null);
      setProblem({ zh: t('zh', 'options.calendars.tooLarge', { name: file.name }), en: t('en', 'options.calendars.tooLarge', { name: file.name }) });
      return;
    }
    const parsed = parseHolidayCnJson(await file.text());
    const named = (problem: Text): Text => ({
      zh: t('zh', 'options.calendars.fileProblem', { name: file.name, problem: problem.zh }),
      en: t('en', 'options.calendars.fileProblem', { name: file.name, problem: problem.en }),
    });
    show(parsed.ok ? parsed : { ok: false, problem: named(parsed.problem) }, { kind: 'file', name: file.name });
  };

  const save = async () => {
    if (!preview) return;
    const { calendar, source } = preview;
    const stored: StoredCalendar = {
      year: calendar.year,
      off: [...calendar.off],
      work: [...calendar.work],
      names: { ...calendar.names },
      source,
      addedAt: new Date().toISOString(),
    };
    const others = settings.calendars.filter((entry) => entry.year !== calendar.year);
    if (await apply({ calendars: [...others, stored] })) {
      setPreview(null);
      setText('');
    }
  };

  const remove = (year: number) => void apply({ calendars: settings.calendars.filter((entry) => entry.year !== year) });
  const published = preview !== null && PUBLISHED.has(preview.calendar.year);

  return (
    <section class="options-section" aria-labelledby="opt-calendars">
      <h2 id="opt-calendars">{t(lang, 'options.calendars.title')}</h2>
      <p class="muted">{t(lang, 'options.calendars.intro')}</p>

      {settings.calendars.length > 0 ? (
        <table class="data calendar-list">
          <caption>{t(lang, 'options.calendars.saved')}</caption>
          <thead>
            <tr>
              <th scope="col">{t(lang, 'options.calendars.year')}</th>
              <th scope="col">{t(lang, 'options.calendars.source')}</th>
              <th scope="col">{t(lang, 'options.calendars.added')}</th>
              <th scope="col">
                <span class="visually-hidden">{t(lang, 'options.calendars.remove')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {settings.calendars.map((entry) => (
              <tr key={entry.year} data-year={entry.year}>
                <th scope="row">{entry.year}</th>
                <td>{t(lang, entry.source.kind === 'notice' ? 'options.calendars.fromNotice' : 'options.calendars.fromFile', { name: entry.source.name })}</td>
                <td>{formatDate(lang, entry.addedAt.slice(0, 10))}</td>
                <td>
                  <button type="button" onClick={() => remove(entry.year)} aria-label={t(lang, 'options.calendars.removeYear', { year: entry.year })}>
                    {t(lang, 'options.calendars.remove')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p data-calendars="none">{t(lang, 'options.calendars.none')}</p>
      )}

      <div class="field calendar-paste">
        <label for="opt-cal-text">{t(lang, 'options.calendars.paste')}</label>
        <textarea id="opt-cal-text" rows={8} value={text} onInput={(e) => setText(e.currentTarget.value)} />
      </div>
      <button type="button" onClick={readText} disabled={text.trim() === ''}>
        {t(lang, 'options.calendars.read')}
      </button>
      <div class="field">
        <label for="opt-cal-file">{t(lang, 'options.calendars.file')}</label>
        <input id="opt-cal-file" type="file" accept=".json,application/json" onChange={(e) => void readFile(e.currentTarget.files?.[0])} />
      </div>

      {problem && (
        <p class="field-error" role="alert" data-calendar-problem>
          {t(lang, 'options.calendars.refused', { problem: problem[lang] })}
        </p>
      )}
      {preview && (
        <div class="calendar-preview" data-preview-year={preview.calendar.year}>
          <h3>{t(lang, 'options.calendars.previewTitle', { year: preview.calendar.year })}</h3>
          <p>{t(lang, 'options.calendars.previewCounts', { off: preview.calendar.off.length, work: preview.calendar.work.length })}</p>
          <YearGrid calendar={preview.calendar} lang={lang} />
          {published ? (
            <p class="field-error" role="alert">
              {t(lang, 'options.calendars.published', { year: preview.calendar.year })}
            </p>
          ) : (
            <button type="button" onClick={() => void save()}>
              {t(lang, 'options.calendars.save', { year: preview.calendar.year })}
            </button>
          )}
        </div>
      )}
    </section>
  );
}

/** The twelve months of the year, Monday first, days off and make-up days marked and named. */
function YearGrid({ calendar, lang }: { calendar: ParsedCalendar; lang: Lang }) {
  const off = new Set(calendar.off);
  const work = new Set(calendar.work);
  const months = Array.from({ length: 12 }, (_, index) => index + 1);
  return (
    <div class="year-grid">
      {months.map((month) => {
        const first = toDayNumber(`${calendar.year}-${String(month).padStart(2, '0')}-01`);
        const next = month === 12 ? toDayNumber(`${calendar.year + 1}-01-01`) : toDayNumber(`${calendar.year}-${String(month + 1).padStart(2, '0')}-01`);
        const lead = (dayOfWeek(fromDayNumber(first)) + 6) % 7;
        const cells: (string | null)[] = [...Array<null>(lead).fill(null), ...Array.from({ length: next - first }, (_, i) => fromDayNumber(first + i))];
        const weeks: (string | null)[][] = [];
        for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
        return (
          <table class="month-grid" key={month}>
            <caption>{t(lang, 'options.calendars.month', { month })}</caption>
            <thead>
              <tr>
                {t(lang, 'options.calendars.weekdays').split(' ').map((head) => (
                  <th scope="col" key={head}>
                    {head}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {weeks.map((week, index) => (
                <tr key={index}>
                  {week.map((date, column) =>
                    date === null ? (
                      <td key={column} />
                    ) : (
                      <td
                        key={date}
                        data-date={date}
                        data-kind={off.has(date) ? 'off' : work.has(date) ? 'work' : undefined}
                        title={calendar.names[date] ? `${calendar.names[date]}${t(lang, off.has(date) ? 'options.calendars.dayOff' : 'options.calendars.makeUp')}` : undefined}
                      >
                        {Number(date.slice(8))}
                      </td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        );
      })}
      <p class="muted legend">
        <span data-kind="off">{t(lang, 'options.calendars.dayOff')}</span> <span data-kind="work">{t(lang, 'options.calendars.makeUp')}</span>
      </p>
    </div>
  );
}
