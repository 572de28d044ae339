/** The canvas's current picture as a PNG blob. */
export function canvasToPNG(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) => {
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('bridgegraph/viewer: the canvas could not be encoded as PNG.'))),
      'image/png',
    );
  });
}
