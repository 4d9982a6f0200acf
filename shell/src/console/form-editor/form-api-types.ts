// The registry's answers about a service's form definitions (the forms contract, issue #6).
import type { FormDefinition } from '@palapa/sdk';

export interface PublishedForm {
  version: number;
  definition: FormDefinition;
  processingDays: number;
  createdAt: string;
  createdBy: { name: string };
}

export interface FormVersionSummary {
  version: number;
  processingDays: number;
  createdAt: string;
  createdBy: { name: string };
  /** Requests filed under this version. */
  requests: number;
}

export interface FormVersions {
  current: Omit<PublishedForm, 'createdBy'> | null;
  versions: FormVersionSummary[];
}
