// The registry's answers about requests filed through a form service (the forms contract, issue #6).
// The shapes are the SDK's, one set for the registry, the citizen shell and the console; the
// console's names for them stay so its other files read as before.
import type { RequestFile, RequestInboxItem, RequestInboxPage, RequestTimelineEntry, RequestView } from '@palapa/sdk/forms';

export type { RequestView };
export type RequestListItem = RequestInboxItem;
export type RequestPage = RequestInboxPage;
export type StoredFile = RequestFile;
export type TimelineEntry = RequestTimelineEntry;
