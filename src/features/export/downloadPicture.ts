import { composePicture, type PictureRequest } from './composePicture';
import { pictureFileName } from './fileName';
import { canvasMeasure } from './measureText';
import { pictureFontFamily } from './picture/renderPicture';
import { rasterise } from './rasterise';
import { saveFile } from './saveFile';

export type PictureFormat = 'svg' | 'png' | 'slide';

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n';

/**
 * Makes the picture of the current view and saves it: SVG as drawn, PNG at twice its size, or
 * a 1920×1080 slide. Loaded on demand, when the Download control is used.
 */
export async function downloadPicture(request: PictureRequest, format: PictureFormat) {
  // Labels are measured in the fonts they are drawn in: wait until those have loaded.
  await document.fonts.ready;
  const measure = canvasMeasure(pictureFontFamily(request.language));
  const { picture, footer, window } = composePicture(request, measure);
  const title = footer.title;
  if (format === 'svg') {
    const blob = new Blob([XML_DECLARATION, picture.svg], { type: 'image/svg+xml' });
    saveFile(blob, pictureFileName(title, window, 'svg'));
    return;
  }
  const png = await rasterise(
    picture,
    format === 'slide' ? { kind: 'fit', width: 1920, height: 1080 } : { kind: 'scale', scale: 2 },
  );
  saveFile(png, pictureFileName(title, window, 'png', format === 'slide' ? 'slide' : undefined));
}
