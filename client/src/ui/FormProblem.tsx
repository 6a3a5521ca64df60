import { useTranslation } from 'react-i18next';
import { Notice } from './Notice';
import { problemMessage, type Problem } from './problems';

/** A form-wide problem (connection, rate limit, unexpected error) shown above the submit button. */
export function FormProblem({ problem }: { problem: Problem | null }) {
  const { t } = useTranslation();
  if (!problem) return null;
  return <Notice tone="danger">{problemMessage(t, problem)}</Notice>;
}
