// The registry's answers about requests filed through a form service (the forms contract, issue #6).
import type { FormDefinition, LocalizedText, RequestStatus } from '@palapa/sdk';

export interface RequestListItem {
  trackingCode: string;
  status: RequestStatus;
  /** `YYYY-MM-DD`. */
  dueDate: string;
  createdAt: string;
  updatedAt: string;
  /** The first text answer, so the inbox shows who or what. */
  summary: string;
}

export interface RequestPage {
  items: RequestListItem[];
  nextCursor: string | null;
}

export interface StoredFile {
  id: string;
  name: string;
  type: string;
  size: number;
}

export interface TimelineEntry {
  status: RequestStatus;
  note: string | null;
  at: string;
  attachments: StoredFile[];
}

export interface RequestView {
  trackingCode: string;
  status: RequestStatus;
  dueDate: string;
  createdAt: string;
  updatedAt: string;
  definitionVersion: number;
  service: { slug: string; name: LocalizedText };
  definition: FormDefinition;
  values: Record<string, unknown>;
  files: StoredFile[];
  timeline: TimelineEntry[];
  rating: { submittedAt: string } | null;
  canRate: boolean;
  /** Staff only: the signed-in citizen who filed it, or null for an anonymous request. */
  citizen?: { name: string; email: string } | null;
}
