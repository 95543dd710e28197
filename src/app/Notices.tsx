/** Problems with the URL, shown once and never blocking the page. */
export function Notices({ notices, onDismiss }: { notices: string[]; onDismiss: () => void }) {
  if (notices.length === 0) return null;
  return (
    <div
      role="status"
      className="flex items-start justify-between gap-4 bg-amber-100 px-4 py-2 text-amber-950"
    >
      <ul className="space-y-0.5 text-sm">
        {notices.map((notice) => (
          <li key={notice}>{notice}</li>
        ))}
      </ul>
      <button
        type="button"
        onClick={onDismiss}
        className="shrink-0 rounded px-2 py-0.5 text-sm font-medium underline"
      >
        Dismiss
      </button>
    </div>
  );
}
