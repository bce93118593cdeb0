/**
 * The run window of a batch job over a day (UTC): when a run starts and the deadline it must
 * finish by. Read by the batch plan's autoscaler decision and by the Scaling tab, so both name
 * the same window.
 */
import type { BatchJob } from '../engine/schemas';
import { roundTo } from '../stats';

/** When a batch job's runs start and must finish, in UTC. @public */
export type BatchRunWindow = {
  /** HH:MM UTC the first run of the day starts */
  start: string;
  /** HH:MM UTC the first run must have finished by (start + window) */
  deadline: string;
  /** the deadline falls on the day after the start */
  deadlineNextDay: boolean;
  windowHours: number;
  runsPerDay: number;
  /** hours from one run's start to the next's (24 / runs a day) */
  everyHours: number;
  /** the window in one line */
  description: string;
};

const MINUTES_PER_DAY = 1440;

/** Minutes after midnight as HH:MM (wrapping past midnight). */
function clockOf(minutes: number): string {
  const m =
    ((Math.round(minutes) % MINUTES_PER_DAY) + MINUTES_PER_DAY) %
    MINUTES_PER_DAY;
  const hh = String(Math.floor(m / 60)).padStart(2, '0');
  const mm = String(m % 60).padStart(2, '0');
  return `${hh}:${mm}`;
}

function minutesOf(clock: string): number {
  const [h, m] = clock.split(':').map(Number);
  return h * 60 + m;
}

function windowDescription(w: Omit<BatchRunWindow, 'description'>): string {
  const first = `${w.start} to ${w.deadline} UTC${
    w.deadlineNextDay ? ' (next day)' : ''
  }`;
  if (w.runsPerDay === 1) return `${first}, ${w.windowHours} h`;
  return `${w.runsPerDay} runs a day every ${w.everyHours} h from ${w.start} UTC, each inside ${w.windowHours} h (the first ${first})`;
}

/**
 * The run window of a batch job: the first run of the day from its start time to its deadline
 * (start + window hours), and how often runs repeat.
 * @public
 */
export function batchRunWindow(
  job: Pick<BatchJob, 'startTime' | 'windowHours' | 'runsPerDay'>,
): BatchRunWindow {
  const startMinutes = minutesOf(job.startTime);
  const endMinutes = startMinutes + job.windowHours * 60;
  const w = {
    start: clockOf(startMinutes),
    deadline: clockOf(endMinutes),
    deadlineNextDay: Math.round(endMinutes) >= MINUTES_PER_DAY,
    windowHours: job.windowHours,
    runsPerDay: job.runsPerDay,
    everyHours: roundTo(24 / job.runsPerDay, 2),
  };
  return { ...w, description: windowDescription(w) };
}
