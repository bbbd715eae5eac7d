/** Time built-ins: time functions and variables, timestamp, calendar parts, timeframe.*, time-zone arguments. */
export { type CalendarPart, calendarPart, weekOfYear } from './calendar.ts';
export { type PeriodBounds, periodBounds } from './period-bounds.ts';
export { TimeFunctions } from './time-functions.ts';
export { TimeVariables } from './time-variables.ts';
export { fromSeconds, PineTimeframe } from './timeframe.ts';
export { TimeframeChange } from './timeframe-change.ts';
export { timestampFromString, timestampOf } from './timestamp.ts';
export { resolveTimezone } from './timezone-arg.ts';
