import type { ReactNode } from 'react';

interface NoticeProps {
  tone: 'danger' | 'success' | 'info' | 'warning';
  children: ReactNode;
  className?: string;
}

/**
 * A bootstrap-italia alert. Problems interrupt (role="alert"); confirmations and information
 * wait for the screen reader to finish (role="status").
 */
export function Notice({ tone, children, className }: NoticeProps) {
  return (
    <div className={`alert alert-${tone} ${className ?? ''}`.trim()} role={tone === 'danger' ? 'alert' : 'status'}>
      {children}
    </div>
  );
}
