/**
 * The portal's gateway takes request bodies of 1 MiB by default, below the 2 MB a citizen may
 * attach. A photo above SEND_LIMIT is redrawn smaller as JPEG in the browser before it is sent,
 * which also saves the citizen's data; a photo that already fits travels untouched.
 */
export const SEND_LIMIT = 900 * 1024;
const LONGEST_SIDES = [1600, 1280, 960];

function toJpeg(canvas: HTMLCanvasElement, quality: number): Promise<Blob | null> {
  return new Promise((resolve) => canvas.toBlob(resolve, 'image/jpeg', quality));
}

/** The photo to send: itself when it fits, else a smaller JPEG; the original if the browser cannot redraw it. */
export async function shrinkForSending(photo: Blob): Promise<Blob> {
  if (photo.size <= SEND_LIMIT || typeof createImageBitmap !== 'function') return photo;
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(photo);
  } catch {
    return photo;
  }
  try {
    for (const longest of LONGEST_SIDES) {
      const scale = Math.min(1, longest / Math.max(bitmap.width, bitmap.height));
      const canvas = document.createElement('canvas');
      canvas.width = Math.round(bitmap.width * scale);
      canvas.height = Math.round(bitmap.height * scale);
      canvas.getContext('2d')?.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
      const jpeg = await toJpeg(canvas, 0.82);
      if (jpeg && jpeg.size <= SEND_LIMIT) return jpeg;
    }
    return photo;
  } finally {
    bitmap.close();
  }
}
