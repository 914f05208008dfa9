// The working-day calendar with the years imported in the options, for every view's checks. One
// WorkCalendar per list of calendars, so a view that checks many cases (the dashboard, the
// reminders) builds it, and its provisional years, once.
import { WorkCalendar } from '../../rules/calendar';
import type { StoredCalendar } from './types';

const CALENDARS = new WeakMap<readonly StoredCalendar[], WorkCalendar>();

export function workCalendarOf(calendars: readonly StoredCalendar[]): WorkCalendar {
  let calendar = CALENDARS.get(calendars);
  if (!calendar) CALENDARS.set(calendars, (calendar = new WorkCalendar(calendars)));
  return calendar;
}
