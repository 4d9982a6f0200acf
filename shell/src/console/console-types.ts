// The registry's answers as the console uses them (see /api/v1/openapi.json: StaffService,
// PluginVersion, AuditEntry, ApiToken, Opd).
import type { LinkEmbed, LocalizedText, ServiceKind, ServiceStandard } from '@palapa/sdk';

export interface StaffService {
  slug: string;
  kind: ServiceKind;
  name: LocalizedText;
  summary: LocalizedText;
  description: LocalizedText;
  category: { slug: string; name: LocalizedText };
  opd: { slug: string; name: string };
  keywords: string[];
  linkUrl: string | null;
  linkEmbed: LinkEmbed | null;
  standard: ServiceStandard;
  enabled: boolean;
  activeVersion: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface PluginVersion {
  version: string;
  status: 'pending' | 'approved' | 'rejected';
  active: boolean;
  entryUrl: string;
  integrity: string;
  sizeBytes: number;
  permissions: string[];
  manifest: Record<string, unknown>;
  publishedBy: string | null;
  reviewedBy: string | null;
  reviewedAt: string | null;
  reviewNote: string | null;
  createdAt: string;
}

export interface AuditEntry {
  id: number;
  at: string;
  actorId: string | null;
  actorLabel: string;
  action: string;
  targetType: string;
  targetId: string;
  before: unknown;
  after: unknown;
  ip: string | null;
}

export interface ApiToken {
  id: string;
  name: string;
  prefix: string;
  expiresAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
  createdAt: string;
}

export interface Opd {
  slug: string;
  name: string;
  shortName: string;
}

export interface PluginFailureGroup {
  slug: string;
  version: string | null;
  phase: string;
  count: number;
  lastMessage: string;
  lastAt: string;
  citizenReports: number;
}

export type Items<T> = { items: T[] };
