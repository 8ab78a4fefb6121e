import { formatDayTime } from "@/lib/format/dates";

type TimelineEvent = { id: string; createdAt: Date; comment: string | null };

/**
 * A report's history, oldest first, as each audience reads it: the pages say what an event is
 * called (`title`) and what else their readers may know of it (`detail`: who, visible to whom).
 */
export function ReportTimeline<E extends TimelineEvent>({ events, title, detail }: { events: E[]; title: (event: E) => string; detail?: (event: E) => string }) {
  return (
    <ol className="space-y-3 border-l-2 border-slate-300 pl-4">
      {events.map((event) => (
        <li key={event.id}>
          <p className="text-sm text-slate-700">
            <time dateTime={event.createdAt.toISOString()}>{formatDayTime(event.createdAt)}</time>
            {detail ? detail(event) : null}
          </p>
          <p className="font-medium">{title(event)}</p>
          {event.comment ? <p className="whitespace-pre-line">{event.comment}</p> : null}
        </li>
      ))}
    </ol>
  );
}
