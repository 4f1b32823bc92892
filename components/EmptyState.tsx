/** Props of {@link EmptyState}. */
export interface EmptyStateProps {
  title: string;
  /** What the user can do to fill this view. */
  hint: string;
}

/** A friendly placeholder for a view with nothing to show yet. */
export function EmptyState({ title, hint }: EmptyStateProps) {
  return (
    <div class="empty-state" role="status">
      <p class="empty-state__title">{title}</p>
      <p class="empty-state__hint">{hint}</p>
    </div>
  );
}
