import type { FieldError } from '@naast/contracts';
import { quarterOf } from '@naast/contracts';

/**
 * A report covers consecutive whole calendar quarters of one year (docs/reach-report.md): the
 * problems with a requested period, each naming its field; none means the period is allowed.
 */
export function reachPeriodProblems(from: string, to: string, today: string): FieldError[] {
  const problems: FieldError[] = [];
  if (quarterOf(from).from !== from)
    problems.push({ field: 'from', reason: 'moet de eerste dag van een kwartaal zijn' });
  if (quarterOf(to).to !== to) problems.push({ field: 'to', reason: 'moet de laatste dag van een kwartaal zijn' });
  if (problems.length > 0) return problems;
  if (to < from) return [{ field: 'to', reason: 'mag niet vóór het begin van de periode liggen' }];
  if (from.slice(0, 4) !== to.slice(0, 4))
    return [{ field: 'to', reason: 'moet in hetzelfde kalenderjaar liggen als het begin (hoogstens vier kwartalen)' }];
  if (from > today) return [{ field: 'from', reason: 'mag niet in de toekomst liggen' }];
  return [];
}
