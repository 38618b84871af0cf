import type { DecimalProblem } from '../../lib/decimalInput';
import type { ValueProblem } from '../../lib/formValues';
import { useEditTranslation } from '../../lib/i18n-edit';

/** The dashboard's own problem codes in the reader's language. */
export function useProblemText() {
  const { t } = useEditTranslation();
  return {
    say: (problem: ValueProblem) => t(`form.problem.${problem}`),
    decimal: (problem: DecimalProblem) => t(`form.decimal.${problem}`),
  };
}
