import { DomainError, type FieldProblem } from '../errors';

/**
 * The clock's settings (calendar, service-level targets, complaint rule) are not valid. Each field
 * problem names a setting by its path (`clock.calendar.hours.monday.0`), so a deployment that
 * misconfigures one fails when it starts, saying which.
 */
export class ClockSettingsError extends DomainError {
  constructor(problems: readonly FieldProblem[]) {
    super(`The clock settings have a problem: ${problems.map((problem) => `${problem.path}: ${problem.message}`).join('; ')}`, problems);
  }
}

/**
 * A due time lies further away than the clock looks (see businessTimeHorizonMs): the calendar
 * opens so rarely, or the target is so long, that the deployment's settings cannot be what was meant.
 */
export class BeyondClockHorizonError extends DomainError {}
