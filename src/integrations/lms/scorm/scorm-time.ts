const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/** A duration as SCORM 1.2 CMITimespan: HHHH:MM:SS.SS. */
export function toCmiTimespan(milliseconds: number): string {
  const centis = Math.max(0, Math.round(milliseconds / 10));
  const hours = Math.min(9999, Math.floor(centis / 360000));
  const minutes = Math.floor((centis % 360000) / 6000);
  const seconds = Math.floor((centis % 6000) / 100);
  return `${pad(hours, 4)}:${pad(minutes)}:${pad(seconds)}.${pad(centis % 100)}`;
}

/** A duration as ISO 8601 (SCORM 2004 timeinterval, xAPI duration): PT#H#M#.##S. */
export function toIsoDuration(milliseconds: number): string {
  const centis = Math.max(0, Math.round(milliseconds / 10));
  const hours = Math.floor(centis / 360000);
  const minutes = Math.floor((centis % 360000) / 6000);
  const seconds = (centis % 6000) / 100;
  return `PT${hours ? `${hours}H` : ''}${minutes ? `${minutes}M` : ''}${seconds}S`;
}

/** A clock time as SCORM 1.2 CMITime: HH:MM:SS. */
export const toCmiTime = (date: Date) => `${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;

/**
 * A moment as SCORM 2004 time (second): ISO 8601 in UTC with at most two fraction digits, which
 * is all the data type allows (`toISOString()` gives three, which LMSs such as Moodle refuse).
 */
export const toCmiTimestamp = (date: Date) => `${date.toISOString().slice(0, 22)}Z`;
