/** The calendar month of a moment in the user's time zone, as the API reads it (YYYY-MM). */
export function calendarMonth(moment: Date = new Date()): string {
  return `${moment.getFullYear()}-${String(moment.getMonth() + 1).padStart(2, '0')}`;
}
