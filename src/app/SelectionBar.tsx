import type { TimelineEvent } from '../dataset/schema';

/** The selected event's title and date; the place where its details and sources will open. */
export function SelectionBar({ event, onClose }: { event: TimelineEvent; onClose: () => void }) {
  return (
    <div className="mx-4 mb-3 flex items-center justify-between gap-3 rounded-md border border-stone-300 bg-white px-3 py-2">
      <p aria-live="polite">
        <span className="font-semibold">{event.title}</span>{' '}
        <span className="text-stone-700">· {event.date.label}</span>
      </p>
      <button
        type="button"
        onClick={onClose}
        className="rounded px-2 py-0.5 text-sm font-medium text-blue-800 underline"
      >
        Clear selection
      </button>
    </div>
  );
}
