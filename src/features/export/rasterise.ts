import type { Picture } from './picture/renderPicture';

export type PngSize =
  { kind: 'scale'; scale: number } | { kind: 'fit'; width: number; height: number };

/**
 * Draws the SVG onto a canvas and returns it as PNG: as an image from a blob: URL (which the
 * page's Content-Security-Policy allows for images), at `scale` times its size, or fitted into a
 * fixed size (a 1920×1080 slide) and centred on white.
 */
export async function rasterise(picture: Picture, size: PngSize): Promise<Blob> {
  await document.fonts.ready;
  const url = URL.createObjectURL(new Blob([picture.svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    const scale =
      size.kind === 'scale'
        ? size.scale
        : Math.min(size.width / picture.width, size.height / picture.height);
    canvas.width = size.kind === 'scale' ? Math.round(picture.width * scale) : size.width;
    canvas.height = size.kind === 'scale' ? Math.round(picture.height * scale) : size.height;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('this browser cannot draw on a canvas');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    const width = picture.width * scale;
    const height = picture.height * scale;
    context.drawImage(
      image,
      (canvas.width - width) / 2,
      (canvas.height - height) / 2,
      width,
      height,
    );
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error('the picture is too large'))),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
