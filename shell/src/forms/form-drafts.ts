import type { UploadedFile } from './palapa-form-renderer';
import { isRecord, JsonSlot, type StorageLike } from './json-storage';

/**
 * A citizen's unfinished answers, kept on the device per form service and definition version (a
 * new version may ask other questions), restored when they come back, cleared once filed.
 */
export interface FormDraft {
  values: Record<string, unknown>;
  /** What each file field holds, with when it was uploaded. */
  uploads: Record<string, UploadedFile & { at: string }>;
  savedAt: string;
}

/**
 * The registry may delete an upload not attached to a request within 24 h; an older one in a draft
 * is dropped (the citizen chooses the file again) rather than refused at submit.
 */
export const UPLOAD_KEEP_MS = 20 * 3600_000;
/** A draft untouched this long is forgotten. */
export const DRAFT_KEEP_MS = 30 * 24 * 3600_000;

export const draftKey = (slug: string, version: number) => `palapa.forms.draft.${slug}.v${version}`;

export class FormDrafts {
  constructor(
    private readonly storage: () => StorageLike = () => localStorage,
    private readonly now: () => number = Date.now,
  ) {}

  private slot(slug: string, version: number) {
    return new JsonSlot<FormDraft | null>(this.storage, draftKey(slug, version), readDraft);
  }

  load(slug: string, version: number): FormDraft | null {
    const draft = this.slot(slug, version).get();
    if (!draft) return null;
    const now = this.now();
    if (now - Date.parse(draft.savedAt) > DRAFT_KEEP_MS) {
      this.clear(slug, version);
      return null;
    }
    const values = { ...draft.values };
    const uploads: FormDraft['uploads'] = {};
    for (const [key, upload] of Object.entries(draft.uploads)) {
      if (now - Date.parse(upload.at) <= UPLOAD_KEEP_MS) uploads[key] = upload;
      else if (values[key] === upload.id) delete values[key];
    }
    return { values, uploads, savedAt: draft.savedAt };
  }

  save(slug: string, version: number, values: Record<string, unknown>, uploads: Record<string, UploadedFile>): void {
    const before = this.slot(slug, version).get()?.uploads ?? {};
    const stamped: FormDraft['uploads'] = {};
    const at = new Date(this.now()).toISOString();
    for (const [key, upload] of Object.entries(uploads)) {
      const known = before[key];
      stamped[key] = { ...upload, at: known && known.id === upload.id ? known.at : at };
    }
    this.slot(slug, version).set({ values, uploads: stamped, savedAt: at });
  }

  clear(slug: string, version: number): void {
    this.slot(slug, version).remove();
  }
}

function readDraft(raw: unknown): FormDraft | null {
  if (!isRecord(raw) || !isRecord(raw.values) || typeof raw.savedAt !== 'string') return null;
  const uploads: FormDraft['uploads'] = {};
  if (isRecord(raw.uploads)) {
    for (const [key, upload] of Object.entries(raw.uploads)) {
      if (isRecord(upload) && typeof upload.id === 'string' && typeof upload.name === 'string' && typeof upload.at === 'string') {
        uploads[key] = { id: upload.id, name: upload.name, type: String(upload.type ?? ''), size: Number(upload.size ?? 0), at: upload.at };
      }
    }
  }
  return { values: raw.values, uploads, savedAt: raw.savedAt };
}
