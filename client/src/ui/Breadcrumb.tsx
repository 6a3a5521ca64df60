import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export interface BreadcrumbStep {
  to: string;
  label: ReactNode;
}

interface BreadcrumbProps {
  /** The pages above this one, outermost first. */
  trail: readonly BreadcrumbStep[];
  /** This page, shown unlinked and marked as the current one. */
  current: ReactNode;
  /** Name of the navigation landmark; the app-wide one unless the page needs its own. */
  label?: string;
}

/** Bootstrap Italia breadcrumb: the separators are hidden from screen readers, which announce the list itself. */
export function Breadcrumb({ trail, current, label }: BreadcrumbProps) {
  const { t } = useTranslation();
  return (
    <nav className="breadcrumb-container" aria-label={label ?? t('app.breadcrumb')}>
      <ol className="breadcrumb">
        {trail.map((step) => (
          <li key={step.to} className="breadcrumb-item">
            <Link to={step.to}>{step.label}</Link>
            <span className="separator" aria-hidden="true">
              /
            </span>
          </li>
        ))}
        <li className="breadcrumb-item active" aria-current="page">
          {current}
        </li>
      </ol>
    </nav>
  );
}
