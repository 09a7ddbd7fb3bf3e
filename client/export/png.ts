// Rasterises an export SVG at 1×–4× onto an offscreen canvas. The SVG is vector, so a
// larger scale gives a sharper image, not a blurred upscale of the screen.

export async function svgToPng(
  svg: string,
  width: number,
  height: number,
  scale: number,
): Promise<{ blob: Blob; width: number; height: number }> {
  // A data: URL, not a blob: one: the server's Content-Security-Policy allows data: images only.
  const url = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  {
    const img = new Image(width, height);
    img.decoding = "sync";
    await new Promise<void>((resolve, reject) => {
      img.onload = () => resolve();
      img.onerror = () => reject(new Error("The image could not be drawn for export."));
      img.src = url;
    });
    const canvas = document.createElement("canvas");
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const ctx = canvas.getContext("2d");
    if (!ctx) throw new Error("This browser cannot create an image for export.");
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, "image/png"));
    if (!blob) throw new Error("The PNG could not be encoded.");
    return { blob, width: canvas.width, height: canvas.height };
  }
}
