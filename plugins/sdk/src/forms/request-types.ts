import type { LocalizedText } from '../localized';
import type { FormDefinition, FormValues } from './form-types';
import type { RequestStatus } from './request-workflow';

/**
 * The registry's answers about form requests (the forms HTTP contract, issue #6), written once
 * here so the registry, the citizen shell and the console agree. Types only: the shell checks
 * what it reads by hand (its citizen pages must not download zod), the registry's OpenAPI
 * schemas describe the same shapes for outside callers.
 */

/** An uploaded file as the registry describes it: a citizen's answer or an officer's attachment. */
export interface RequestFile {
  id: string;
  name: string;
  /** The MIME type sniffed from the bytes. */
  type: string;
  /** Bytes. */
  size: number;
}

/** The form service a request was filed through. */
export interface RequestService {
  slug: string;
  name: LocalizedText;
}

/** `POST /forms/:slug/requests`: the tracking code and the verifier the citizen keeps. */
export interface FiledRequest {
  trackingCode: string;
  verifier: string;
  status: RequestStatus;
  /** `YYYY-MM-DD`. */
  dueDate: string;
  createdAt: string;
  definitionVersion: number;
  service: RequestService;
}

/** One step of a request's history, with the files the officer sent with it. */
export interface RequestTimelineEntry {
  status: RequestStatus;
  note: string | null;
  at: string;
  attachments: RequestFile[];
}

/** `GET /requests/:trackingCode` (and the officer's read, with `citizen`). */
export interface RequestView {
  trackingCode: string;
  status: RequestStatus;
  /** `YYYY-MM-DD`. */
  dueDate: string;
  createdAt: string;
  updatedAt: string;
  definitionVersion: number;
  service: RequestService;
  /** The definition of the request's own version. */
  definition: FormDefinition;
  values: FormValues;
  files: RequestFile[];
  timeline: RequestTimelineEntry[];
  rating: { submittedAt: string } | null;
  canRate: boolean;
  /** Staff only: the signed-in citizen who filed it, or null for an anonymous request. */
  citizen?: { name: string; email: string } | null;
}

/** One item of `GET /me/requests`: a signed-in citizen's request. */
export interface RequestSummary {
  trackingCode: string;
  status: RequestStatus;
  /** `YYYY-MM-DD`. */
  dueDate: string;
  createdAt: string;
  updatedAt: string;
  service: RequestService;
}

/** One item of `POST /requests/status`: the shell's poll for requests kept on the device. */
export interface RequestStatusItem {
  trackingCode: string;
  status: RequestStatus;
  updatedAt: string;
}

/** One item of an officer's inbox, `GET /services/:slug/requests`. */
export interface RequestInboxItem {
  trackingCode: string;
  status: RequestStatus;
  /** `YYYY-MM-DD`. */
  dueDate: string;
  createdAt: string;
  updatedAt: string;
  /** The first text answer (≤ 80 characters), so the inbox shows who or what. */
  summary: string;
}

/** A page of an officer's inbox, newest first. */
export interface RequestInboxPage {
  items: RequestInboxItem[];
  nextCursor: string | null;
}

/** `GET /forms/:slug`: the current definition of an enabled form service. */
export interface PublicForm {
  slug: string;
  version: number;
  definition: FormDefinition;
  processingDays: number;
}
