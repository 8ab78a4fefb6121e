-- Partner comments: seen by staff and the partners of the report, never by residents or the public.
ALTER TYPE "EventVisibility" ADD VALUE 'PARTNER';
